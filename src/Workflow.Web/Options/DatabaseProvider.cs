namespace Workflow.Web.Options;

/// <summary>Where the service keeps its data (ADR 33).</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
