using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// The rate limiter on sign-in: a burst from one address gets 429 with Retry-After, on the API and the sign-in page
/// alike, while other addresses go on signing in. The windows are an hour long, so nothing refills during a test.
/// </summary>
public sealed class SignInLimitTests(SignInLimitTests.App app) : IClassFixture<SignInLimitTests.App>
{
    public const int PerAddress = 5;

    public sealed class App : SignInWorkflowApp
    {
        public App()
        {
            Settings["SignIn:PerAddressPermits"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Settings["SignIn:PerAddressWindow"] = "01:00:00";
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Each attempt names another account, so that only the rate limit, not the back-off of one account, is at work.
    private async Task<List<HttpResponseMessage>> BurstAsync(string address, int count)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++)
            responses.Add(await app.From(address).PostAsJsonAsync("/api/auth/login", new { userName = $"guess-{address}-{i}", password = "Winter2026!" }, Ct));
        return responses;
    }

    [Fact]
    public async Task Login_answers_429_with_retry_after_to_a_burst_from_one_address()
    {
        var responses = await BurstAsync("203.0.113.10", PerAddress + 3);

        Assert.All(responses.Take(PerAddress), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        foreach (var refused in responses.Skip(PerAddress))
        {
            var problem = await Problem.AssertAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.Equal("too-many-attempts", problem.GetProperty("code").GetString());
            Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
        }
    }

    [Fact]
    public async Task Login_succeeds_from_another_address_while_one_address_is_limited()
    {
        await BurstAsync("203.0.113.11", PerAddress + 1);

        using var mine = await app.From("192.0.2.11").PostAsJsonAsync("/api/auth/login", new { userName = Demo.Mayor, password = Demo.Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task Page_sign_in_answers_429_with_retry_after_once_its_address_used_its_attempts()
    {
        await BurstAsync("203.0.113.12", PerAddress);

        using var page = await CookieSession.PostLoginAsync(app.BrowserFrom("203.0.113.12"), Demo.Legal);

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Addresses_of_one_ipv6_network_share_their_attempts()
    {
        var first = await BurstAsync("2001:db8:1:2::10", PerAddress);
        var next = await BurstAsync("2001:db8:1:2:ffff::99", 1);

        Assert.All(first, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, next.Single().StatusCode);
    }

    [Fact]
    public async Task Sign_in_page_opens_whatever_an_address_did()
    {
        await BurstAsync("203.0.113.13", PerAddress + 1);

        using var form = await app.BrowserFrom("203.0.113.13").GetAsync("/account/login", Ct);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }
}
