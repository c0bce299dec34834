using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// Failed sign-ins slow down the pair of account and client address that made them, with an increasing wait (429 and
/// Retry-After), instead of locking the account: the real user at their own address is never kept out by someone
/// else's failures. A name without an account is answered exactly as a real one.
/// </summary>
public sealed class SignInBackoffTests(SignInBackoffTests.App app) : IClassFixture<SignInBackoffTests.App>
{
    /// <summary>Three free failures, then a minute's wait doubling each time; rates unlimited (SignInLimitTests).</summary>
    public sealed class App : SignInWorkflowApp
    {
        public App() => Settings["SignIn:FirstDelay"] = "00:01:00";
    }

    private const string Attacker = "203.0.113.66";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> LoginAsync(string address, string user, string password) =>
        await app.From(address).PostAsJsonAsync("/api/auth/login", new { userName = user, password }, Ct);

    private async Task<List<string>> FailAsync(string address, string user, int times)
    {
        var answers = new List<string>();
        for (var i = 1; i <= times; i++)
        {
            using var response = await LoginAsync(address, user, $"wrong-password-{i}");
            var problem = await Problem.ReadAsync(response);
            answers.Add($"{(int)response.StatusCode} {problem.GetProperty("code").GetString()} {problem.GetProperty("detail").GetString()} {response.Headers.RetryAfter?.Delta?.TotalSeconds}");
        }

        return answers;
    }

    [Fact]
    public async Task Login_succeeds_from_the_users_own_address_when_another_address_failed_many_times()
    {
        await FailAsync(Attacker, Demo.Mayor, 12);

        using var mine = await LoginAsync("192.0.2.10", Demo.Mayor, Demo.Password);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task Login_answers_429_with_retry_after_while_the_pair_waits_even_for_the_right_password()
    {
        var address = "198.51.100.7";
        await FailAsync(address, Demo.Director, 4);

        using var right = await LoginAsync(address, Demo.Director, Demo.Password);

        var problem = await Problem.AssertAsync(right, HttpStatusCode.TooManyRequests);
        Assert.Equal("too-many-attempts", problem.GetProperty("code").GetString());
        Assert.InRange(right.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
    }

    [Fact]
    public async Task Login_succeeds_with_the_right_password_once_the_wait_is_over()
    {
        var address = "198.51.100.8";
        await FailAsync(address, Demo.Finance, 4);

        app.Advance(TimeSpan.FromSeconds(61));
        using var right = await LoginAsync(address, Demo.Finance, Demo.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_wait()
    {
        var address = "198.51.100.9";
        var waits = new List<double>();
        await FailAsync(address, Demo.Office, 4);
        for (var round = 0; round < 3; round++)
        {
            using var refused = await LoginAsync(address, Demo.Office, "still-wrong");
            waits.Add(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0);
            app.Advance(TimeSpan.FromSeconds(waits[^1] + 1));
            await FailAsync(address, Demo.Office, 1);
        }

        Assert.Equal([60, 120, 240], waits);
    }

    [Fact]
    public async Task A_pair_is_forgotten_an_hour_after_its_wait_and_its_row_swept()
    {
        var address = "198.51.100.21";
        await FailAsync(address, Demo.Legal, 4);

        app.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(16));
        await FailAsync(address, Demo.Legal, 1);
        using var right = await LoginAsync(address, Demo.Legal, Demo.Password);

        // Counted from one again: the fifth failure of a remembered pair would have made it wait.
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var forgetBefore = app.Clock.GetUtcNow() - TimeSpan.FromHours(1) - TimeSpan.FromMinutes(15);
        Assert.Equal(0, await app.ReadDbAsync(db => db.SignInFailures.CountAsync(f => f.LastFailureAt < forgetBefore, Ct)));
    }

    [Fact]
    public async Task A_name_without_an_account_gets_the_same_answers_and_hashing_as_a_real_account()
    {
        var before = app.Checks.Count;
        var real = await FailAsync("192.0.2.44", Demo.Section, 7);
        var realChecks = app.Checks.Count - before;

        before = app.Checks.Count;
        var unknown = await FailAsync("192.0.2.44", "no-such-officer", 7);
        var unknownChecks = app.Checks.Count - before;

        Assert.Equal(real.Select(a => a[..a.LastIndexOf(' ')]), unknown.Select(a => a[..a.LastIndexOf(' ')]));
        Assert.Equal([401, 401, 401, 401, 429, 429, 429], unknown.Select(a => int.Parse(a[..3], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(4, realChecks);
        Assert.Equal(realChecks, unknownChecks);
    }

    [Fact]
    public async Task Page_sign_in_waits_too_when_the_api_failed_from_the_same_address()
    {
        var address = "192.0.2.55";
        await FailAsync(address, Demo.Deputy, 4);

        using var response = await CookieSession.PostLoginAsync(app.BrowserFrom(address), Demo.Deputy);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Login_answers_403_account_locked_only_to_the_right_password_of_a_locked_account()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await scope.ServiceProvider.GetRequiredService<AccountSessions>().LockAsync((await users.FindByNameAsync(Demo.Clerk))!);
        }

        using var wrong = await LoginAsync("192.0.2.66", Demo.Clerk, "wrong-password");
        using var right = await LoginAsync("192.0.2.66", Demo.Clerk, Demo.Password);

        Assert.Equal(PasswordSignIn.BadCredentials.Code, (await Problem.AssertAsync(wrong, HttpStatusCode.Unauthorized)).GetProperty("code").GetString());
        Assert.Equal("account-locked", (await Problem.AssertAsync(right, HttpStatusCode.Forbidden)).GetProperty("code").GetString());
    }
}
