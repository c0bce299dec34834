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
}
