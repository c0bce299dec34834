using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// The overall limit bounds the password-hashing work, whatever the number of addresses: counted, not timed. The
/// window is an hour, so the permits cannot refill during the test.
/// </summary>
public sealed class SignInHashingBoundTests(SignInHashingBoundTests.App app) : IClassFixture<SignInHashingBoundTests.App>
{
    public const int Permits = 8;

    public sealed class App : SignInWorkflowApp
    {
        public App()
        {
            Settings["SignIn:GlobalPermits"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Settings["SignIn:GlobalWindow"] = "01:00:00";
        }
    }

    [Fact]
    public async Task Password_checks_stop_at_the_overall_limit_when_many_addresses_sign_in_at_once()
    {
        const int attempts = 40;
        var before = app.Checks.Count;

        var statuses = await Task.WhenAll(Enumerable.Range(0, attempts).Select(async i =>
        {
            using var response = await app.From($"10.0.{i / 200}.{i % 200 + 1}").PostAsJsonAsync("/api/auth/login",
                new { userName = i % 2 == 0 ? Demo.Mayor : $"guess-{i}", password = $"guess-{i}" }, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode != HttpStatusCode.TooManyRequests || response.Headers.RetryAfter?.Delta is not null, "429 without Retry-After");
            return response.StatusCode;
        }));

        Assert.Equal(Permits, app.Checks.Count - before);
        Assert.Equal(Permits, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(attempts - Permits, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
