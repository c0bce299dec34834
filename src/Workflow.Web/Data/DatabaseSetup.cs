using Microsoft.EntityFrameworkCore;
using Workflow.Web.Infrastructure;
using Workflow.Web.Options;

namespace Workflow.Web.Data;

/// <summary>
/// The one place that knows which database the service runs on (ADR 33). Everything else asks for
/// <see cref="WorkflowDbContext"/>; on PostgreSQL it is a <see cref="PostgreSql.PostgreSqlWorkflowDbContext"/>, which only
/// exists so that each provider keeps its own migrations.
/// </summary>
public static class DatabaseSetup
{
    public static DatabaseOptions AddWorkflowDatabase(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DatabaseOptions.Section);
        builder.Services.AddOptions<DatabaseOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var database = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Pooled: a request takes a context from the pool instead of building one (options, services, change tracker).
        if (database.Kind == DatabaseProvider.PostgreSql)
        {
            // No retrying execution strategy: the service opens its own transactions, which such a strategy refuses.
            // A bad connection string is reported by the options validation at start-up; an empty one here lets the
            // host be built until then.
            builder.Services.AddDbContextPool<WorkflowDbContext, PostgreSql.PostgreSqlWorkflowDbContext>(o => o
                .UseNpgsql(Valid(database.ConnectionString))
                .AddInterceptors(new PostgreSqlNulParameters()));
            return database;
        }

        var path = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, database.Path));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.Services.AddDbContextPool<WorkflowDbContext>(o => o
            .UseSqlite($"Data Source={path};Pooling=True;Default Timeout=30")
            .AddInterceptors(new SqlitePragmas(database.Synchronous)));
        return database;
    }

    private static string Valid(string? connectionString)
    {
        try
        {
            return new Npgsql.NpgsqlConnectionStringBuilder(connectionString ?? "").ConnectionString;
        }
        catch (ArgumentException)
        {
            return "";
        }
    }
}
