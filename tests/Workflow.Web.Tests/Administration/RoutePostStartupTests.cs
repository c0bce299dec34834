using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>
/// Route files name posts by key, and after the first start the database's posts are the truth (ADR 16): a route
/// naming a post the database lacks stops start-up naming the file, the JSON path and the key.
/// </summary>
public sealed class RoutePostStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A second host on the first one's database, as a restart of the service would be.</summary>
    private static WorkflowApp RestartOf(WorkflowApp first)
    {
        var second = new WorkflowApp();
        second.Settings["Database:Path"] = first.DatabasePath;
        return second;
    }

    private const string WorksRoute = """
        { "id": "works-approval", "version": 1, "title": { "th": "งานช่าง", "en": "Works" }, "submitters": ["legal-officer"],
          "steps": [{ "position": "works-director", "action": "endorse" }, { "position": "mayor", "action": "sign" }] }
        """;

    [Fact]
    public async Task Host_fails_to_start_naming_file_path_and_post_when_a_route_names_a_post_the_database_lacks()
    {
        await using var first = new WorkflowApp();
        _ = first.CreateClient();
        await first.ReadDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM Posts WHERE Key = 'municipal-clerk'", Ct));
        await using var restarted = RestartOf(first);

        var message = StartupFailure.Of(restarted);

        Assert.Contains("memo-approval.json: $.steps[2].position: unknown position 'municipal-clerk'", message);
        Assert.Contains("finance-approval.json", message);
    }

    [Fact]
    public Task Host_starts_with_a_route_naming_a_post_the_administrator_created_that_positions_json_lacks() =>
        WorksDirectorRestart.RunAsync("works-approval.json", WorksRoute, async restarted =>
        {
            var routes = await restarted.Api.GetAsync<JsonElement>(Demo.Legal, "/api/routes");

            Assert.Contains(routes.EnumerateArray(), r => r.GetProperty("id").GetString() == "works-approval");
        });

    [Fact]
    public async Task Host_fails_to_start_on_a_new_database_when_a_route_names_a_post_positions_json_lacks()
    {
        var folder = WorkflowsCopy.With("works-approval.json", WorksRoute);
        try
        {
            await using var app = new WorkflowApp();
            app.Settings["Workflows:Path"] = folder;

            var message = StartupFailure.Of(app);

            Assert.Contains("works-approval.json: $.steps[0].position: unknown position 'works-director'", message);
            Assert.False(File.Exists(app.DatabasePath) && await PostsSeededAsync(app.ConnectionString));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> PostsSeededAsync(string connectionString)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Posts";
        return (long)(await command.ExecuteScalarAsync(Ct))! > 0;
    }
}
