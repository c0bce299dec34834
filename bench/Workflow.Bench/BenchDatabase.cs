using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Data.PostgreSql;
using Workflow.Web.Options;

namespace Workflow.Bench;

/// <summary>
/// The service's database as the benchmark sees it: the settings the child service gets, and the service's own
/// DbContext (its model, its value conversions) for the seeder and the after-run reads, so no table is described twice.
/// </summary>
public sealed record BenchDatabase(DatabaseProvider Provider, string Connection)
{
    /// <summary>For SQLite, the database file; for PostgreSQL, the Npgsql connection string.</summary>
    public string Connection { get; } = Connection;

    public static BenchDatabase Sqlite(string path) => new(DatabaseProvider.Sqlite, path);

    public static BenchDatabase PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);

    public WorkflowDbContext Open()
    {
        // The context types the service registers (Data/DatabaseSetup): each provider's own, with its own migrations.
        return Provider == DatabaseProvider.Sqlite
            ? new WorkflowDbContext(new DbContextOptionsBuilder<WorkflowDbContext>().UseSqlite($"Data Source={Connection};Pooling=False;Default Timeout=30").Options)
            : new PostgreSqlWorkflowDbContext(new DbContextOptionsBuilder<PostgreSqlWorkflowDbContext>().UseNpgsql(Connection).Options);
    }

    /// <summary>Environment variables that point a service instance at this database.</summary>
    public Dictionary<string, string> ServiceSettings() => Provider == DatabaseProvider.Sqlite
        ? new() { ["Database__Path"] = Connection }
        : new() { ["Database__Provider"] = "PostgreSql", ["Database__ConnectionString"] = Connection };
}
