using System.Diagnostics;
using CsCheck;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Generated malformed and forged posts to every form of the browser interface (write, edit, the memo's action
/// forms, sign-in, sign-out, language), signed in with the cookie as a browser is: never a 5xx, no post takes
/// effect, a post without a valid anti-forgery token is refused even when its body would have succeeded, the
/// language switch only ever sends people back to this site, and the database is as it was.
/// PAGE_FUZZ_POSTS raises the count (the default is what CI runs); PAGE_FUZZ_SEED replays a run.
/// </summary>
public abstract class PageFormFuzzTestsBase(WorkflowApp app)
{
    public const int DefaultPosts = 5_000;

    private static int PostCount =>
        int.TryParse(Environment.GetEnvironmentVariable("PAGE_FUZZ_POSTS"), out var n) && n > DefaultPosts ? n : DefaultPosts;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_forms_refuse_malformed_and_forged_posts_without_5xx_or_change_of_state_when_fuzzed()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var targets = await PageFormTargets.SeedAsync(app, client);
        var before = await PageFormState.ReadAsync(app);
        var summary = new PageFormSummary();
        var seed = Environment.GetEnvironmentVariable("PAGE_FUZZ_SEED") is { Length: > 0 } s ? s : null;
        var clock = Stopwatch.StartNew();

        await new PageFormGen(targets).Posts.SampleAsync(
            async post => await CheckAsync(client, post, summary),
            writeLine: line => TestContext.Current.SendDiagnosticMessage($"CsCheck: {line}"),
            seed: seed,
            iter: PostCount,
            threads: 4,
            print: p => p.ToString());

        clock.Stop();
        var path = PageFormSummary.Write(summary.ToReport(seed ?? "random", clock.Elapsed), app.Provider);
        TestContext.Current.SendDiagnosticMessage(
            $"Page-form fuzz: {summary.Posts} posts in {clock.Elapsed.TotalSeconds:0} s; statuses {summary.StatusLine()}; summary in {path}");
        Assert.True(summary.Posts >= PostCount, $"Only {summary.Posts} of {PostCount} posts were sent.");
        Assert.Equal(0, summary.ServerErrors);
        Assert.Equal(before, await PageFormState.ReadAsync(app));
    }

    private static async Task CheckAsync(HttpClient client, PageFormPost post, PageFormSummary summary)
    {
        using var message = post.ToMessage();
        using var response = await client.SendAsync(message, Ct);
        var status = (int)response.StatusCode;
        summary.Record(post, status);
        var location = response.Headers.TryGetValues("Location", out var l) ? string.Join(",", l) : "";
        var target = location.Length > 0 && Uri.TryCreate(new Uri("http://localhost"), location, out var to) && to.Host == "localhost" ? to.AbsolutePath : location;
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var c) ? c.Select(v => v.Split('=')[0]).ToList() : [];
        var text = status >= 500 ? await response.Content.ReadAsStringAsync(Ct) : "";

        Assert.True(status < 500, $"{status} {(text.Length > 2_000 ? text[..2_000] : text)}");
        Assert.False(post.Form is "new memo" or "edit memo" or "memo action" && target.StartsWith("/memos/", StringComparison.OrdinalIgnoreCase),
            $"The post took effect ({status} → {location}).");
        // A session older than the 60 s revalidation interval is re-issued on any request (ADR 9): not an effect of the post.
        var hadSession = post.Cookie.Contains(PageFormSession.SessionName + "=", StringComparison.Ordinal);
        Assert.False(post.Form == "sign-in" && !hadSession && PageFormSession.CookieValue(response, PageFormSession.SessionName) is { Length: > 0 },
            $"The post signed in ({status} → {location}).");
        if (!post.TokenValid)
        {
            // 401 with the sign-in address when the request says it is a script's (X-Requested-With), else a redirect there.
            Assert.True(status is 400 or 404 or 405 || status is 302 or 401 && target == "/account/login",
                $"Without a valid token: {status} → {location}");
            Assert.All(cookies, name => Assert.True(name == PageFormSession.AntiforgeryName || hadSession && name == PageFormSession.SessionName, name));
        }

        if (post.Form == "language" && status is >= 300 and < 400)
            Assert.True(location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal),
                $"The language switch sent the browser off the site: {status} → {location}");
    }
}

/// <summary>PageFormFuzzTests on SQLite (the default provider).</summary>
public sealed class PageFormFuzzTests(WorkflowApp app) : PageFormFuzzTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PageFormFuzzTests on PostgreSQL (ADR 33).</summary>
public sealed class PageFormFuzzOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PageFormFuzzTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
