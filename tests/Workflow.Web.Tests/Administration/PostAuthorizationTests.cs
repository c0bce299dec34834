using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>Only administrators reach the posts, API and pages alike; holding a post, even the mayor's, gives no right here.</summary>
public abstract class PostAuthorizationTestsBase(WorkflowApp app)
{
    private const string AdminName = "posts-authz-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/admin/posts" },
        { "GET", "/api/admin/posts/mayor" },
        { "POST", "/api/admin/posts" },
        { "PUT", "/api/admin/posts/mayor" },
        { "DELETE", "/api/admin/posts/mayor" },
    };

    public static TheoryData<string> Pages => new() { "/admin/posts", "/admin/posts/new", "/admin/posts/mayor/edit" };

    // Bodies an administrator's call refuses (an existing key, a stale version), so that no test changes a post.
    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method switch
        {
            "POST" => JsonContent.Create(new { key = "mayor", titleTh = "ก", titleEn = "K", memoTitle = "ก" }),
            "PUT" => JsonContent.Create(new { titleTh = "ก", titleEn = "K", memoTitle = "ก", version = -1 }),
            _ => null,
        },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_endpoint_answers_401_when_anonymous(string method, string url)
    {
        using var response = await app.Api.CreateClient().SendAsync(Request(method, url), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_endpoint_answers_403_when_signed_in_as_a_post_holder(string method, string url)
    {
        foreach (var user in new[] { Demo.Mayor, Demo.Office, Demo.Deputy })
        {
            using var response = await (await app.Api.LoginAsync(user)).SendAsync(Request(method, url), Ct);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_endpoint_lets_an_administrator_in(string method, string url)
    {
        var admin = await AdminAccounts.SignInAsync(app, AdminName);

        using var response = await admin.SendAsync(Request(method, url), Ct);

        var expected = method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Conflict;
        Assert.True(response.StatusCode == expected, $"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Post_page_sends_an_anonymous_visitor_to_sign_in(string page)
    {
        using var response = await (await PageSession.OpenAsync(app, Demo.Anonymous)).GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Post_page_is_refused_to_a_post_holder(string page)
    {
        using var response = await (await PageSession.OpenAsync(app, Demo.Clerk)).GetAsync(page);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("municipal-clerk", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Post_page_opens_for_an_administrator(string page)
    {
        await AdminAccounts.SignInAsync(app, AdminName);
        var admin = await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);

        using var response = await admin.GetAsync(page, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>PostAuthorizationTests on SQLite (the default provider).</summary>
public sealed class PostAuthorizationTests(WorkflowApp app) : PostAuthorizationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PostAuthorizationTests on PostgreSQL (ADR 33).</summary>
public sealed class PostAuthorizationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PostAuthorizationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
