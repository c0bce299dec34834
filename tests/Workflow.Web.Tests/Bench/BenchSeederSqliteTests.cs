using Workflow.Bench;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Bench;

public sealed class BenchSeederSqliteTests(WorkflowApp app) : BenchSeederTests<WorkflowApp>(app), IClassFixture<WorkflowApp>
{
    protected override BenchDatabase Database => BenchDatabase.Sqlite(App.DatabasePath);
}
