using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Bench;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

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
        var options = new DbContextOptionsBuilder<WorkflowDbContext>();
        if (Provider == DatabaseProvider.Sqlite)
            options.UseSqlite($"Data Source={Connection};Pooling=False;Default Timeout=30");
        else
            throw new NotSupportedException("PostgreSQL comes with Database:Provider.");
        return new WorkflowDbContext(options.Options);
    }

    /// <summary>Environment variables that point a service instance at this database.</summary>
    public Dictionary<string, string> ServiceSettings() => Provider == DatabaseProvider.Sqlite
        ? new() { ["Database__Path"] = Connection }
        : new() { ["Database__Provider"] = "PostgreSql", ["Database__ConnectionString"] = Connection };
}
