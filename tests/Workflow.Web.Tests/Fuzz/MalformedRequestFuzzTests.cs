using System.Diagnostics;
using System.Net.Http.Headers;
using CsCheck;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Generated malformed requests across every API endpoint: never a 5xx, every 4xx with a body is ProblemDetails,
/// nothing without a valid token reads /api, nothing unpublished shows on /public, no request writes, and the
/// database is as it was. FUZZ_REQUESTS raises the count (the default is what CI runs); FUZZ_SEED replays a run.
/// </summary>
public abstract class MalformedRequestFuzzTestsBase(WorkflowApp app)
{
    public const int DefaultRequests = 10_000;

    private static int RequestCount =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_REQUESTS"), out var n) && n > DefaultRequests ? n : DefaultRequests;

    [Fact]
    public async Task Service_answers_malformed_requests_without_5xx_or_change_of_state_when_fuzzed()
    {
        var targets = await FuzzTargets.SeedAsync(app);
        var before = await app.CountsAsync();
        var client = app.Api.CreateClient();
        var summary = new FuzzSummary();
        var seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } s ? s : null;
        var clock = Stopwatch.StartNew();

        await new RequestGen(targets).Requests.SampleAsync(
            async request => await CheckAsync(client, request, targets, summary),
            writeLine: line => TestContext.Current.SendDiagnosticMessage($"CsCheck: {line}"),
            seed: seed,
            iter: RequestCount,
            threads: 4,
            print: r => r.ToString());

        clock.Stop();
        var report = summary.ToReport(seed ?? "random", clock.Elapsed);
        var path = summary.Write(report, app.Provider);
        TestContext.Current.SendDiagnosticMessage($"Fuzz: {summary.Requests} requests in {clock.Elapsed.TotalSeconds:0} s; statuses {summary.StatusLine()}; summary in {path}");
        Assert.True(summary.Requests >= RequestCount, $"Only {summary.Requests} of {RequestCount} requests were sent.");
        Assert.Equal(0, summary.ServerErrors);
        Assert.Equal(before, await app.CountsAsync());
    }

    private static async Task CheckAsync(HttpClient client, FuzzRequest request, FuzzTargets targets, FuzzSummary summary)
    {
        // Kestrel answers 400 to a path that decodes to NUL before the application sees it; the test server throws instead.
        if (Uri.UnescapeDataString(request.Uri.AbsolutePath).Contains('\0'))
        {
            summary.Record(request, "400 (server, before the app)");
            return;
        }

        using var message = request.ToMessage();
        using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        summary.Record(request, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 500));

        Assert.True(status < 500, $"{status} {text}");
        if (status is >= 400 and < 500 && body.Length > 0)
            AssertProblem(request, response.Content.Headers.ContentType, status, text);
        if (status is >= 200 and < 300)
        {
            Assert.True(request.IsSafe, $"A generated {request.Method} was accepted ({status}): {text}");
            var path = request.Uri.AbsolutePath;
            if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
                Assert.True(request.Auth.MayAuthenticate, $"/api answered {status} to a request without a valid token ({request.Auth.Kind}): {text}");
            if (path.StartsWith("/public/", StringComparison.OrdinalIgnoreCase))
                Assert.DoesNotContain(targets.DocumentIds, id => Names(request.Uri, id));
        }
    }

    /// <summary>
    /// ProblemDetails, except the plain-text status page ASP.NET writes when the client's Accept excludes JSON, and
    /// the HTML "not found" page of a Razor page a normalised path landed on (e.g. /public/memos/{id}/attachments/..).
    /// </summary>
    private static void AssertProblem(FuzzRequest request, MediaTypeHeaderValue? type, int status, string text)
    {
        if (type?.MediaType == "application/problem+json")
            return;
        if (type?.MediaType == "text/html" && IsPage(request.Uri))
            return;
        Assert.False(request.AcceptsJson, $"{status} answered as {type} instead of application/problem+json: {text}");
        Assert.Equal("text/plain", type?.MediaType);
    }

    private static bool IsPage(Uri uri)
    {
        var path = uri.AbsolutePath.TrimEnd('/');
        return !(path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/public/api/", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/public/feed.atom", StringComparison.OrdinalIgnoreCase)
            || System.Text.RegularExpressions.Regex.IsMatch(path, "^/public/memos/[^/]+/attachments/", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    private static bool Names(Uri uri, Guid id) =>
        uri.AbsolutePath.Split('/').Any(s => Guid.TryParse(Uri.UnescapeDataString(s), out var g) && g == id);
}

/// <summary>MalformedRequestFuzzTests on SQLite (the default provider).</summary>
public sealed class MalformedRequestFuzzTests(WorkflowApp app) : MalformedRequestFuzzTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>MalformedRequestFuzzTests on PostgreSQL (ADR 33).</summary>
public sealed class MalformedRequestFuzzOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : MalformedRequestFuzzTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
