using Microsoft.AspNetCore.Hosting;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// The same host as <see cref="WorkflowApp"/> on PostgreSQL: a database of its own on the shared test server
/// (<see cref="PostgresServer"/>), dropped on dispose. Attachments, PDFs and keys stay in the temp folder.
/// </summary>
public class PostgresWorkflowApp : WorkflowApp
{
    private string? _connectionString;

    /// <summary>This host's database; made on first use, inside the test, so that a missing server skips that test.</summary>
    public string PostgresConnectionString => _connectionString ??= PostgresServer.CreateDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("Database:ConnectionString", PostgresConnectionString);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
            await PostgresServer.DropDatabaseAsync(_connectionString);
    }
}
