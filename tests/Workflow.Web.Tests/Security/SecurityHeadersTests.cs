using System.Net;
using System.Text.RegularExpressions;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>The security headers are on every kind of answer: API, public site and feed, pages, errors.</summary>
public sealed class SecurityHeadersTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    public static TheoryData<string, string> Responses => new()
    {
        { Demo.Legal, "/api/me" },
        { Demo.Legal, "/api/inbox" },
        { Demo.Anonymous, "/api/inbox" },
        { Demo.Legal, "/api/documents/00000000-0000-0000-0000-000000000001" },
        { Demo.Anonymous, "/api/auth/login" },
        { Demo.Anonymous, "/public/api/memos" },
        { Demo.Anonymous, "/public/api/memos/00000000-0000-0000-0000-000000000001" },
        { Demo.Anonymous, "/public/feed.atom" },
        { Demo.Anonymous, "/public" },
        { Demo.Anonymous, "/account/login" },
        { Demo.Anonymous, "/" },
        { Demo.Anonymous, "/no-such-page" },
        { Demo.Anonymous, "/health" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_carries_the_security_headers_when_requested(string user, string url)
    {
        var client = await app.Api.LoginAsync(user);

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(Assert.Single(response.Headers.GetValues("Referrer-Policy")), new[] { "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin" });
    }

    [Fact]
    public async Task Charts_page_keeps_the_policy_of_every_page_and_needs_nothing_it_forbids_when_the_clerk_opens_it()
    {
        var clerk = await CookieSession.SignInAsync(app, Demo.Clerk);

        using var charts = await clerk.GetAsync("/reports/time-in-post", TestContext.Current.CancellationToken);
        using var home = await clerk.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, charts.StatusCode);
        Assert.Equal(Assert.Single(home.Headers.GetValues("Content-Security-Policy")), Assert.Single(charts.Headers.GetValues("Content-Security-Policy")));
        // The policy forbids inline scripts, style attributes and scripts from elsewhere: the charts must use none.
        var html = await charts.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\ssrc=\"/)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("\\sstyle=", RegexOptions.IgnoreCase), html);
    }
}
