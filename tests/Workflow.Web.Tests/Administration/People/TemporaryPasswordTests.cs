using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration.People;

/// <summary>A temporary password must be changed before anything else: the pages send the person to /account/password, the API answers 403.</summary>
public abstract class TemporaryPasswordTestsBase(WorkflowApp app)
{
    private const string Own = "ดอกลำดวนบานที่ศรีสะเกษ 2569";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PersonWithTemporaryPasswordAsync(string userName)
    {
        var admin = await AdminAccounts.SignInAsync(app, "temporary-admin");
        var id = (await PeopleApi.CreateAsync(admin, userName)).GetProperty("id").GetString()!;
        await PeopleApi.SetPasswordAsync(admin, id);
        return id;
    }

    [Fact]
    public async Task Api_answers_403_password_change_required_until_the_password_is_changed()
    {
        await PersonWithTemporaryPasswordAsync("api.temporary");
        var client = await app.Api.SignInAsync("api.temporary", PeopleApi.TemporaryPassword);

        using var before = await client.GetAsync("/api/me", Ct);
        using var inbox = await client.GetAsync("/api/inbox", Ct);
        using var changed = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = PeopleApi.TemporaryPassword, newPassword = Own }, Ct);

        Assert.Equal("password-change-required", (await Problem.AssertAsync(before, HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal("password-change-required", (await Problem.AssertAsync(inbox, HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        var tokens = await ApiClient.ReadAsync<JsonElement>(changed, HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me", Ct)).StatusCode);
        Assert.False(await app.ReadDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "api.temporary").MustChangePassword)));
    }

    [Fact]
    public async Task Refresh_and_logout_still_answer_with_a_temporary_password()
    {
        await PersonWithTemporaryPasswordAsync("api.refresh");
        using var login = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "api.refresh", password = PeopleApi.TemporaryPassword }, Ct);
        var tokens = await ApiClient.ReadAsync<JsonElement>(login, HttpStatusCode.OK);

        using var refreshed = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() }, Ct);
        var client = app.Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        using var logout = await client.PostAsync("/api/auth/logout", null, Ct);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
    }

    [Fact]
    public async Task Pages_send_the_person_to_the_password_page_until_they_change_it()
    {
        await PersonWithTemporaryPasswordAsync("page.temporary");
        var browser = await CopiedBrowser.SignInAsync(app, "page.temporary", PeopleApi.TemporaryPassword);

        using var inbox = await browser.GetAsync("/");
        using var write = await browser.GetAsync("/memos/new");
        using var password = await browser.GetAsync("/account/password");
        using var changed = await browser.PostFormAsync("/account/password", "/account/password", new()
        {
            ["Input.CurrentPassword"] = PeopleApi.TemporaryPassword, ["Input.NewPassword"] = Own, ["Input.ConfirmPassword"] = Own,
        });

        Assert.Equal("/account/password", inbox.Headers.Location?.OriginalString);
        Assert.Equal("/account/password", write.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, password.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task Temporary_password_ends_the_sessions_the_person_had()
    {
        var admin = await AdminAccounts.SignInAsync(app, "temporary-admin");
        var id = await PeopleApi.CreateWithPasswordAsync(app, admin, "had.sessions", Own);
        var bearer = await app.Api.SignInAsync("had.sessions", Own);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/me", Ct)).StatusCode);

        await PeopleApi.SetPasswordAsync(admin, id);

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/me", Ct)).StatusCode);
    }
}

/// <summary>TemporaryPasswordTests on SQLite (the default provider).</summary>
public sealed class TemporaryPasswordTests(WorkflowApp app) : TemporaryPasswordTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>TemporaryPasswordTests on PostgreSQL (ADR 33).</summary>
public sealed class TemporaryPasswordOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : TemporaryPasswordTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
