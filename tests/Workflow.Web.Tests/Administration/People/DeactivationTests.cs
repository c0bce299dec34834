using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration.People;

/// <summary>
/// A deactivated person cannot sign in (answered as a wrong password) and every session of theirs ends at once; what
/// they did keeps their name.
/// </summary>
public abstract class DeactivationTestsBase(WorkflowApp app)
{
    private const string Password = "ต้นมะขามหน้าเทศบาล 2569";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "deactivation-admin");

    private async Task<HttpStatusCode> LoginStatusAsync(string user, string password)
    {
        using var response = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = user, password }, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task Deactivation_ends_a_live_bearer_token_and_a_live_cookie_at_once()
    {
        var admin = await AdminAsync();
        var id = await PeopleApi.CreateWithPasswordAsync(app, admin, "live.sessions", Password);
        var bearer = await app.Api.SignInAsync("live.sessions", Password);
        var browser = await CopiedBrowser.SignInAsync(app, "live.sessions", Password);
        Assert.True(await browser.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/me", Ct)).StatusCode);

        using var deactivated = await PeopleApi.PostAsync(admin, $"/api/admin/people/{id}/deactivate");

        Assert.False((await ApiClient.ReadAsync<JsonElement>(deactivated, HttpStatusCode.OK)).GetProperty("isActive").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/me", Ct)).StatusCode);
        Assert.False(await browser.IsSignedInAsync(), "The cookie still works.");
    }

    [Fact]
    public async Task Deactivated_person_signing_in_gets_the_answer_of_a_wrong_password_on_the_api_and_the_page()
    {
        var admin = await AdminAsync();
        var id = await PeopleApi.CreateWithPasswordAsync(app, admin, "gone.person", Password);
        (await PeopleApi.PostAsync(admin, $"/api/admin/people/{id}/deactivate")).Dispose();

        using var right = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "gone.person", password = Password }, Ct);
        using var wrong = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "gone.person", password = "wrong-password-entirely" }, Ct);

        var rightBody = await Problem.AssertAsync(right, HttpStatusCode.Unauthorized);
        var wrongBody = await Problem.AssertAsync(wrong, HttpStatusCode.Unauthorized);
        Assert.Equal(wrongBody.GetProperty("code").GetString(), rightBody.GetProperty("code").GetString());
        Assert.Equal(wrongBody.GetProperty("detail").GetString(), rightBody.GetProperty("detail").GetString());
        var page = await PageLoginAsync("gone.person", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, page);
    }

    [Fact]
    public async Task Reactivated_person_signs_in_again_with_their_password()
    {
        var admin = await AdminAsync();
        var id = await PeopleApi.CreateWithPasswordAsync(app, admin, "back.again", Password);
        (await PeopleApi.PostAsync(admin, $"/api/admin/people/{id}/deactivate")).Dispose();
        Assert.Equal(HttpStatusCode.Unauthorized, await LoginStatusAsync("back.again", Password));

        using var reactivated = await PeopleApi.PostAsync(admin, $"/api/admin/people/{id}/reactivate");

        Assert.True((await ApiClient.ReadAsync<JsonElement>(reactivated, HttpStatusCode.OK)).GetProperty("isActive").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, await LoginStatusAsync("back.again", Password));
        Assert.Equal(["Created", "PasswordSet", "Deactivated", "Reactivated"], (await PeopleApi.AuditAsync(app, id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Person_page_deactivates_with_its_button()
    {
        var admin = await AdminAsync();
        var id = (await PeopleApi.CreateAsync(admin, "page.deactivate")).GetProperty("id").GetString()!;
        var browser = await CopiedBrowser.SignInAsync(app, "deactivation-admin", AdminAccounts.Password);

        using var posted = await browser.PostFormAsync($"/admin/people/{id}", $"/admin/people/{id}?handler=Deactivate", []);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.False(await app.ReadDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == id).IsActive)));
    }

    private async Task<HttpStatusCode> PageLoginAsync(string user, string password)
    {
        var browser = app.Api.CreateClient();
        using var form = await browser.GetAsync("/account/login", Ct);
        var html = await form.Content.ReadAsStringAsync(Ct);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = user, ["Input.Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        };
        request.Headers.Add("Cookie", cookies);
        using var response = await browser.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task Memo_endorsed_by_a_person_later_deactivated_still_names_them_on_the_page_and_in_the_api_history()
    {
        var admin = await AdminAsync();
        var id = await PeopleApi.CreateWithPasswordAsync(app, admin, "endorsed.then.gone", Password);
        await Assignments.CreateAsync(admin, Assignments.Request("endorsed.then.gone", "section-head-admin", from: "2020-01-01"));
        var memo = (await app.Api.CreateDraftAsync(subject: "บันทึกที่ผู้พ้นตำแหน่งเกษียณไว้")).Id;
        await app.Api.ActOkAsync(Demo.Legal, memo, "submit");
        var endorser = await app.Api.SignInAsync("endorsed.then.gone", Password);
        using (var endorsed = await endorser.PostAsJsonAsync($"/api/documents/{memo}/endorse", new { note = "เห็นควรอนุญาต" }, Ct))
            await ApiClient.ExpectAsync(endorsed, HttpStatusCode.OK, "endorse");

        using (var deactivated = await PeopleApi.PostAsync(admin, $"/api/admin/people/{id}/deactivate"))
            await ApiClient.ExpectAsync(deactivated, HttpStatusCode.OK, "deactivate");

        const string name = "จ.อ.สมชาย ใจดี";
        var doc = await app.Api.GetDocumentAsync(Demo.Legal, memo);
        var endorsement = Assert.Single(doc.History, h => h.Action == "Endorse");
        Assert.Equal(name, endorsement.UserName);
        Assert.Contains(endorsement.MarginalNote, line => line.Contains(name, StringComparison.Ordinal));
        Assert.Contains("เจ้าพนักงานธุรการชำนาญงาน", endorsement.MarginalNote);
        var page = await (await CookieSession.SignInAsync(app, Demo.Legal)).GetStringAsync($"/memos/{memo}", Ct);
        Assert.Contains(name, page, StringComparison.Ordinal);
    }
}

/// <summary>DeactivationTests on SQLite (the default provider).</summary>
public sealed class DeactivationTests(WorkflowApp app) : DeactivationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>DeactivationTests on PostgreSQL (ADR 33).</summary>
public sealed class DeactivationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : DeactivationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
