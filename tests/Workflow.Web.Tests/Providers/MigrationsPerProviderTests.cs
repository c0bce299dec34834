using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Data.PostgreSql;

namespace Workflow.Web.Tests.Providers;

/// <summary>Each provider's migrations describe today's model: a model change without its two migrations fails here.</summary>
public sealed class MigrationsPerProviderTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        using var postgres = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: dotnet ef migrations add NAME --context Workflow.Web.Data.WorkflowDbContext");
        // Each context sees its own migrations only: a SQLite migration applied to PostgreSQL (or back) would fail.
        Assert.Empty(db.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public void Postgresql_migrations_match_the_model()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "Add a PostgreSQL migration: dotnet ef migrations add NAME --context Workflow.Web.Data.PostgreSql.PostgreSqlWorkflowDbContext --output-dir Data/Migrations/PostgreSql --namespace Workflow.Web.Data.Migrations.PostgreSql");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
