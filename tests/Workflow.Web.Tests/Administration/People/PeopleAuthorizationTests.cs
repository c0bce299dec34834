using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration.People;

/// <summary>Only administrators reach /api/admin/people and /admin/people: anonymous gets 401 (pages: sign-in), a post holder 403 (pages: sign-in).</summary>
public abstract class PeopleAuthorizationTestsBase(WorkflowApp app)
{
    private const string Missing = "00000000-0000-0000-0000-000000000000";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/admin/people" },
        { "GET", $"/api/admin/people/{Missing}" },
        { "POST", "/api/admin/people" },
        { "PUT", $"/api/admin/people/{Missing}" },
        { "POST", $"/api/admin/people/{Missing}/deactivate" },
        { "POST", $"/api/admin/people/{Missing}/reactivate" },
        { "POST", $"/api/admin/people/{Missing}/password" },
        { "PUT", $"/api/admin/people/{Missing}/administrator" },
        { "POST", "/api/admin/people/import?dryRun=true" },
    };

    public static TheoryData<string> Pages => new() { "/admin/people", "/admin/people/new", "/admin/people/import", $"/admin/people/{Missing}" };

    // Bodies that change nothing even for the administrator: an invalid person, an unknown id, no file.
    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method == "GET" ? null : JsonContent.Create(new { userName = "" }),
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task People_endpoint_answers_401_when_anonymous(string method, string url)
    {
        using var response = await app.Api.CreateClient().SendAsync(Request(method, url), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task People_endpoint_answers_403_when_signed_in_as_a_post_holder(string method, string url)
    {
        foreach (var user in new[] { Demo.Mayor, Demo.Clerk, Demo.Legal })
        {
            using var response = await (await app.Api.LoginAsync(user)).SendAsync(Request(method, url), Ct);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task People_endpoint_lets_an_administrator_in(string method, string url)
    {
        var admin = await AdminAccounts.SignInAsync(app, "people-admin");

        using var response = await admin.SendAsync(Request(method, url), Ct);

        Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError),
            $"{method} {url}: {(int)response.StatusCode}");
        if (method == "GET" && !url.Contains(Missing, StringComparison.Ordinal))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task People_page_sends_an_anonymous_visitor_to_sign_in(string path)
    {
        using var page = await app.Api.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.AbsolutePath ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task People_page_is_refused_to_a_post_holder(string path)
    {
        var browser = await CopiedBrowser.SignInAsync(app, Demo.Mayor);

        using var page = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.AbsolutePath ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task People_page_opens_for_an_administrator(string path)
    {
        await AdminAccounts.SignInAsync(app, "people-page-admin");
        var browser = await CopiedBrowser.SignInAsync(app, "people-page-admin", AdminAccounts.Password);

        using var page = await browser.GetAsync(path);

        var expected = path.EndsWith(Missing, StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK;
        Assert.Equal(expected, page.StatusCode);
    }
}

/// <summary>PeopleAuthorizationTests on SQLite (the default provider).</summary>
public sealed class PeopleAuthorizationTests(WorkflowApp app) : PeopleAuthorizationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PeopleAuthorizationTests on PostgreSQL (ADR 33).</summary>
public sealed class PeopleAuthorizationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PeopleAuthorizationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
