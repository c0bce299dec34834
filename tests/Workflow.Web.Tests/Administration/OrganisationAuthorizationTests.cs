using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>
/// Only administrators reach the organisation and department API (401 anonymous, 403 for any post holder) and the
/// administration pages, the index and the audit included (the sign-in page for anyone else); a refused request
/// changes nothing.
/// </summary>
public abstract class OrganisationAuthorizationTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/admin/organisation" },
        { "PUT", "/api/admin/organisation" },
        { "PUT", "/api/admin/organisation/emblem" },
        { "DELETE", "/api/admin/organisation/emblem" },
        { "GET", "/api/admin/departments" },
        { "POST", "/api/admin/departments" },
        { "GET", "/api/admin/departments/finance" },
        { "PUT", "/api/admin/departments/finance" },
        { "DELETE", "/api/admin/departments/finance" },
        { "GET", "/api/admin/holidays" },
        { "POST", "/api/admin/holidays" },
        { "DELETE", "/api/admin/holidays/not-a-date" },
        { "POST", "/api/admin/holidays/years" },
        { "DELETE", "/api/admin/holidays/years/2570" },
    };

    public static TheoryData<string> Pages => ["/admin", "/admin/audit", "/admin/organisation", "/admin/departments", "/admin/departments/finance", "/admin/register", "/admin/holidays"];

    // Bodies an administrator's call refuses (400/409), so that no case of the matrix changes anything.
    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method switch
        {
            "PUT" when url.EndsWith("/emblem", StringComparison.Ordinal) => TestPng.Form([1, 2, 3]),
            "PUT" or "POST" => JsonContent.Create(new { nameTh = "" }),
            _ => null,
        },
    };

    private Task<int> AuditCountAsync() => app.ReadDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AdminAudit, Ct));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_answers_401_when_anonymous(string method, string url)
    {
        using var response = await app.Api.CreateClient().SendAsync(Request(method, url), Ct);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_answers_403_when_signed_in_as_a_post_holder(string method, string url)
    {
        var audit = await AuditCountAsync();
        foreach (var user in new[] { Demo.Mayor, Demo.Clerk, Demo.Finance })
        {
            using var response = await (await app.Api.LoginAsync(user)).SendAsync(Request(method, url), Ct);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: {(int)response.StatusCode}");
        }

        Assert.Equal(audit, await AuditCountAsync());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_lets_an_administrator_in(string method, string url)
    {
        var admin = await AdminAccounts.SignInAsync(app, "org-auth-admin");

        using var response = await admin.SendAsync(Request(method, url), Ct);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType
            or HttpStatusCode.Conflict, $"{method} {url}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_opens_for_an_administrator(string page)
    {
        await AdminAccounts.SignInAsync(app, "org-auth-admin");
        var browser = await CookieSession.SignInAsync(app, "org-auth-admin", AdminAccounts.Password);

        using var response = await browser.GetAsync(page, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_sends_a_post_holder_and_the_anonymous_to_sign_in(string page)
    {
        foreach (var user in new[] { Demo.Mayor, Demo.Anonymous })
        {
            var session = await PageSession.OpenAsync(app, user);

            using var get = await session.GetAsync(page);
            using var post = await session.PostAsync(page + "?handler=Save", new Dictionary<string, string> { ["Input.NameTh"] = "ผู้บุกรุก", ["Input.IssuingLine"] = "ผู้บุกรุก" });

            Assert.True(get.StatusCode == HttpStatusCode.Redirect && get.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal), $"{user} GET {page}: {(int)get.StatusCode}");
            Assert.True(post.StatusCode == HttpStatusCode.Redirect, $"{user} POST {page}: {(int)post.StatusCode}");
        }
    }
}

/// <summary>OrganisationAuthorizationTests on SQLite (the default provider).</summary>
public sealed class OrganisationAuthorizationTests(WorkflowApp app) : OrganisationAuthorizationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>OrganisationAuthorizationTests on PostgreSQL (ADR 33).</summary>
public sealed class OrganisationAuthorizationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : OrganisationAuthorizationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
