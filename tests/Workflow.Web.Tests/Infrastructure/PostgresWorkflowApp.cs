using Workflow.Web.Options;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>The same host as <see cref="WorkflowApp"/> on a PostgreSQL database of its own (dropped on dispose).</summary>
public sealed class PostgresWorkflowApp : WorkflowApp
{
    public PostgresWorkflowApp() => Provider = DatabaseProvider.PostgreSql;
}
