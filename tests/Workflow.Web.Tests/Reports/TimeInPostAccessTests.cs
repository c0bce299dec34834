using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Administration;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Reports;

/// <summary>
/// Who sees the time-in-post page, its CSV and its API: holders (and acting or delegated persons) of a post given the
/// right, seeded for the clerk and the mayor and set by the administrator. To anyone else the page does not exist (404).
/// </summary>
public abstract class TimeInPostAccessTestsBase(WorkflowApp app)
{
    private const string AdminName = "time-in-post-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> BrowserAsync(string user)
    {
        if (user == Demo.Anonymous)
            return app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user != AdminName)
            return await CookieSession.SignInAsync(app, user);
        await AdminAccounts.SignInAsync(app, AdminName);
        return await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);
    }

    private async Task<HttpClient> ApiAsync(string user) => user == AdminName ? await AdminAccounts.SignInAsync(app, AdminName) : await app.Api.LoginAsync(user);

    [Theory]
    [InlineData(Demo.Clerk)]
    [InlineData(Demo.Mayor)]
    public async Task Time_in_post_page_its_csv_and_api_answer_the_clerk_and_the_mayor(string user)
    {
        var browser = await BrowserAsync(user);

        using var page = await browser.GetAsync("/reports/time-in-post", Ct);
        using var csv = await browser.GetAsync("/reports/time-in-post.csv?days=90", Ct);
        using var api = await (await ApiAsync(user)).GetAsync("/api/reports/time-in-post?days=365", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, csv.StatusCode, api.StatusCode));
        Assert.Contains("data-testid=\"nav-time-in-post\"", await page.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData(Demo.Section)]
    [InlineData(Demo.Legal)]
    [InlineData(AdminName)]
    [InlineData(Demo.Anonymous)]
    public async Task Time_in_post_page_and_its_csv_answer_404_to_anyone_else(string user)
    {
        var browser = await BrowserAsync(user);

        using var page = await browser.GetAsync("/reports/time-in-post", Ct);
        using var csv = await browser.GetAsync("/reports/time-in-post.csv?days=90", Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, csv.StatusCode));
    }

    [Theory]
    [InlineData(Demo.Section, HttpStatusCode.NotFound)]
    [InlineData(Demo.Legal, HttpStatusCode.NotFound)]
    [InlineData(AdminName, HttpStatusCode.NotFound)]
    [InlineData(Demo.Anonymous, HttpStatusCode.Unauthorized)]
    public async Task Time_in_post_api_answers_404_to_anyone_else_signed_in_and_401_without_a_token(string user, HttpStatusCode expected)
    {
        var client = await ApiAsync(user);

        using var json = await client.GetAsync("/api/reports/time-in-post?days=90", Ct);
        using var csv = await client.GetAsync("/api/reports/time-in-post.csv?days=90", Ct);

        await Problem.AssertAsync(json, expected);
        Assert.Equal(expected, csv.StatusCode);
    }

    [Fact]
    public async Task Navigation_has_no_time_in_post_link_for_a_post_holder_without_the_right()
    {
        var inbox = await (await BrowserAsync(Demo.Section)).GetStringAsync("/", Ct);

        Assert.DoesNotContain("nav-time-in-post", inbox);
    }

    [Fact]
    public async Task First_start_gives_the_right_to_the_clerk_and_the_mayor_only()
    {
        var posts = await (await ApiAsync(AdminName)).GetFromJsonAsync<List<PostView>>("/api/admin/posts", ApiClient.Json, Ct);

        // The administrator test may give the clerk's office the right as well; no test changes the others.
        var right = posts!.Where(p => p.Key != "head-clerk-office").ToDictionary(p => p.Key, p => p.MaySeeTimeInPost);
        Assert.Equal(["mayor", "municipal-clerk"], right.Where(p => p.Value).Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Administrator_gives_the_right_to_a_post_and_its_acting_holder_then_sees_the_page()
    {
        var admin = await ApiAsync(AdminName);
        var post = (await admin.GetFromJsonAsync<PostView>("/api/admin/posts/head-clerk-office", ApiClient.Json, Ct))!;

        using var response = await admin.PutAsJsonAsync("/api/admin/posts/head-clerk-office",
            new { post.TitleTh, post.TitleEn, post.MemoTitle, post.MayReadRegister, maySeeTimeInPost = true, post.Version }, Ct);

        var updated = await ApiClient.ReadAsync<PostView>(response, HttpStatusCode.OK);
        Assert.True(updated.MaySeeTimeInPost);
        Assert.True((await app.ReadDbAsync(db => db.Posts.SingleAsync(p => p.Key == "head-clerk-office", Ct))).MaySeeTimeInPost);
        using var page = await (await BrowserAsync(Demo.Deputy)).GetAsync("/reports/time-in-post", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Post_edit_form_offers_the_time_in_post_right()
    {
        var edit = await (await BrowserAsync(AdminName)).GetStringAsync("/admin/posts/mayor/edit", Ct);

        Assert.Matches("<input[^>]*checked=\"checked\"[^>]*name=\"Input.MaySeeTimeInPost\"|<input[^>]*name=\"Input.MaySeeTimeInPost\"[^>]*checked=\"checked\"", edit);
    }
}

/// <summary>TimeInPostAccessTests on SQLite (the default provider).</summary>
public sealed class TimeInPostAccessTests(WorkflowApp app) : TimeInPostAccessTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>TimeInPostAccessTests on PostgreSQL (ADR 33).</summary>
public sealed class TimeInPostAccessOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : TimeInPostAccessTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
