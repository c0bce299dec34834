using Workflow.Bench;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Bench;

public sealed class BenchSeederPostgreSqlTests(PostgresWorkflowApp app) : BenchSeederTests<PostgresWorkflowApp>(app), IClassFixture<PostgresWorkflowApp>
{
    protected override BenchDatabase Database => BenchDatabase.PostgreSql(App.PostgresConnectionString);
}
