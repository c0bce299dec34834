using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// Signing out, changing the password, and an administrator locking or resetting the account end every session of
/// the user: a copied cookie and a bearer token stop working within the 60 seconds the test clock is moved on.
/// </summary>
public abstract class SessionEndTestsBase(SignInWorkflowApp app)
{
    private const string NewPassword = "ต้นมะม่วงหลังศาลาเทศบาล 2569";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(61);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> TokensAsync(string user, string password = Demo.Password)
    {
        using var response = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = user, password }, Ct);
        return await ApiClient.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
    }

    private async Task<HttpStatusCode> MeAsync(JsonElement tokens)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        using var response = await app.Api.CreateClient().SendAsync(request, Ct);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> PostWithTokenAsync(JsonElement tokens, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return await app.Api.CreateClient().SendAsync(request, Ct);
    }

    /// <summary>A browser session, a copy of its cookies, and a bearer token, all working before the change.</summary>
    private async Task<(CopiedBrowser Browser, CopiedBrowser Copied, JsonElement Tokens)> SessionsAsync(string user)
    {
        var browser = await CopiedBrowser.SignInAsync(app, user);
        var copied = browser.Copy();
        var tokens = await TokensAsync(user);
        Assert.True(await copied.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.OK, await MeAsync(tokens));
        return (browser, copied, tokens);
    }

    private async Task AssertEndedAsync(CopiedBrowser copied, JsonElement tokens)
    {
        app.Advance(Interval);
        Assert.False(await copied.IsSignedInAsync(), "The copied cookie still works.");
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(tokens));
    }

    private async Task AsAdministratorAsync(string user, Func<UserManager<AppUser>, AppUser, Task> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await change(users, (await users.FindByNameAsync(user))!);
    }

    [Fact]
    public async Task Copied_cookie_and_bearer_token_stop_working_after_sign_out_on_the_page()
    {
        var (browser, copied, tokens) = await SessionsAsync(Demo.Section);

        using var signedOut = await browser.PostFormAsync("/account/logout", "/account/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await AssertEndedAsync(copied, tokens);
    }

    [Fact]
    public async Task Copied_cookie_and_bearer_token_stop_working_after_sign_out_through_the_api()
    {
        var (_, copied, tokens) = await SessionsAsync(Demo.Office);

        using var signedOut = await PostWithTokenAsync(tokens, "/api/auth/logout");

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(tokens));
        await AssertEndedAsync(copied, tokens);
    }

    [Fact]
    public async Task Copied_cookie_and_old_bearer_token_stop_working_after_a_password_change()
    {
        var (_, copied, tokens) = await SessionsAsync(Demo.Finance);

        using var changed = await PostWithTokenAsync(tokens, "/api/auth/password", new { currentPassword = Demo.Password, newPassword = NewPassword });

        var fresh = await ApiClient.ReadAsync<JsonElement>(changed, HttpStatusCode.OK);
        await AssertEndedAsync(copied, tokens);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(fresh));
    }

    [Fact]
    public async Task Copied_cookie_and_bearer_token_stop_working_after_an_administrator_locks_the_account()
    {
        var (_, copied, tokens) = await SessionsAsync(Demo.Director);

        // As another process (the administrator command) does it: through UserManager, nothing told to this host.
        await AsAdministratorAsync(Demo.Director, async (users, user) =>
        {
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        });

        await AssertEndedAsync(copied, tokens);
    }

    [Fact]
    public async Task Copied_cookie_and_bearer_token_stop_working_after_an_administrator_resets_the_password()
    {
        var (_, copied, tokens) = await SessionsAsync(Demo.Deputy);

        await AsAdministratorAsync(Demo.Deputy, async (users, user) =>
            Assert.True((await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), NewPassword)).Succeeded));

        await AssertEndedAsync(copied, tokens);
    }

    [Fact]
    public async Task Sessions_end_at_once_when_ended_through_account_sessions()
    {
        var (_, _, tokens) = await SessionsAsync(Demo.Clerk);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await scope.ServiceProvider.GetRequiredService<AccountSessions>().EndAllAsync((await users.FindByNameAsync(Demo.Clerk))!);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(tokens));
    }

    [Fact]
    public async Task Refresh_token_gives_a_working_bearer_token_until_sign_out()
    {
        var tokens = await TokensAsync(Demo.Legal);

        using var refreshed = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() }, Ct);
        var fresh = await ApiClient.ReadAsync<JsonElement>(refreshed, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(fresh));

        using (await PostWithTokenAsync(fresh, "/api/auth/logout"))
        {
        }

        using var again = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = fresh.GetProperty("refreshToken").GetString() }, Ct);
        Assert.Equal("session-ended", (await Problem.AssertAsync(again, HttpStatusCode.Unauthorized)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Refresh_answers_401_for_a_token_that_is_not_one()
    {
        using var refreshed = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" }, Ct);

        await Problem.AssertAsync(refreshed, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_says_when_the_token_expires_as_an_absolute_utc_time()
    {
        var before = app.Clock.GetUtcNow();
        var tokens = await TokensAsync(Demo.Mayor);
        var after = app.Clock.GetUtcNow();

        var expiresIn = TimeSpan.FromSeconds(tokens.GetProperty("expiresIn").GetInt64());
        var expiresAt = tokens.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, expiresAt.Offset);
        Assert.InRange(expiresAt, before.Add(expiresIn).AddSeconds(-1), after.Add(expiresIn).AddSeconds(1));
        Assert.Equal("Bearer", tokens.GetProperty("tokenType").GetString());
    }
}

/// <summary>SessionEndTests on SQLite (the default provider).</summary>
public sealed class SessionEndTests(SignInWorkflowApp app) : SessionEndTestsBase(app), IClassFixture<SignInWorkflowApp>;

/// <summary>SessionEndTests on PostgreSQL (ADR 33).</summary>
public sealed class SessionEndOnPostgreSqlTests(OnPostgreSql<SignInWorkflowApp> db) : SessionEndTestsBase(db.App), IClassFixture<OnPostgreSql<SignInWorkflowApp>>;
