using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// GET changes nothing: every GET route the host serves (API, public site, pages), for every memo state, read by
/// every demo user (bearer token), by two users in the browser (cookie) and anonymously, leaves the database as it was.
/// </summary>
public abstract class SafeMethodTestsBase(WorkflowApp app)
{
    private Task<(DatabaseCounts Counts, int Publications, int Journal, int Users)> StateAsync() =>
        app.ReadDbAsync(async db => (
            await app.CountsAsync(),
            await db.Publications.CountAsync(),
            await db.MessageJournal.CountAsync(),
            await db.Users.SumAsync(u => u.AccessFailedCount + (u.LockoutEnd == null ? 0 : 1) + u.ConcurrencyStamp!.Length)));

    [Fact]
    public async Task Every_get_route_leaves_the_database_unchanged_when_read_by_anyone()
    {
        var memos = await MemosInEveryState.SeedAsync(app, "get");
        var clients = new List<(string Who, HttpClient Client)>();
        foreach (var user in Demo.Users.Append(Demo.Anonymous))
            clients.Add((user, await app.Api.LoginAsync(user)));
        clients.Add(("legal (cookie)", await CookieSession.SignInAsync(app, Demo.Legal)));
        clients.Add(("section (cookie)", await CookieSession.SignInAsync(app, Demo.Section)));
        var routes = EndpointCatalog.Routes(app).Where(r => r.Method == "GET" && !r.Template.Contains("logout", StringComparison.OrdinalIgnoreCase)).ToList();
        var ids = memos.Memos.Values.Select(m => m.Id).Append(memos.PublicationId).ToList();
        var before = await StateAsync();
        var sent = 0;
        var serverErrors = new List<string>();

        foreach (var route in routes)
        {
            foreach (var id in route.Template.Contains('{') ? ids : ids.Take(1))
            {
                var url = route.Fill(new Dictionary<string, string>
                {
                    ["id"] = id.ToString(),
                    ["attachmentId"] = (id == memos["draft"] ? memos.DraftAttachment : memos.SignedAttachment).ToString(),
                    ["documentName"] = "v1",
                });
                foreach (var (who, client) in clients)
                {
                    using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                        serverErrors.Add($"{who} GET {url}: {(int)response.StatusCode}");
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage($"GET: {sent} requests over {routes.Count} routes: {string.Join(", ", routes)}");
        Assert.Empty(serverErrors);
        Assert.Contains(routes, r => r.Template.StartsWith("/api/", StringComparison.Ordinal) || r.Template.StartsWith("api/", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Template.TrimStart('/').StartsWith("public", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Template.TrimStart('/').StartsWith("memos", StringComparison.Ordinal));
        Assert.Equal(before, await StateAsync());
    }
}

/// <summary>SafeMethodTests on SQLite (the default provider).</summary>
public sealed class SafeMethodTests(WorkflowApp app) : SafeMethodTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>SafeMethodTests on PostgreSQL (ADR 33).</summary>
public sealed class SafeMethodOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : SafeMethodTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
