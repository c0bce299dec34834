using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>
/// Who reaches what: /api/admin/assignments and /admin/assignments only administrators (anonymous 401 or sign-in,
/// a post holder 403 or sign-in); /api/delegations and /account/delegations every signed-in person, for themselves.
/// </summary>
public abstract class AssignmentAuthorizationTestsBase(WorkflowApp app)
{
    private static readonly string Missing = Guid.NewGuid().ToString();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "GET", "/api/admin/assignments" },
        { "GET", $"/api/admin/assignments/{Missing}" },
        { "GET", "/api/admin/assignments/today?position=mayor" },
        { "POST", "/api/admin/assignments" },
        { "POST", $"/api/admin/assignments/{Missing}/end" },
        { "PUT", $"/api/admin/assignments/{Missing}/order" },
    };

    public static TheoryData<string, string> DelegationEndpoints => new()
    {
        { "GET", "/api/delegations" },
        { "POST", "/api/delegations" },
        { "POST", $"/api/delegations/{Missing}/end" },
    };

    public static TheoryData<string> AdminPages => new() { "/admin/assignments", "/admin/assignments/new", $"/admin/assignments/{Missing}" };

    // A body that changes nothing even for someone allowed in: it names nobody, or a missing assignment.
    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method == "GET" ? null : JsonContent.Create(new { userName = "nobody-here", position = "mayor", kind = "Holder", from = "2090-01-01", to = "2090-01-02", version = 1 }),
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    [MemberData(nameof(DelegationEndpoints))]
    public async Task Assignment_endpoint_answers_401_when_anonymous(string method, string url)
    {
        using var response = await app.Api.CreateClient().SendAsync(Request(method, url), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Admin_assignment_endpoint_answers_403_to_a_post_holder(string method, string url)
    {
        foreach (var user in new[] { Demo.Mayor, Demo.Deputy })
        {
            using var response = await (await app.Api.LoginAsync(user)).SendAsync(Request(method, url), Ct);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Admin_assignment_endpoint_lets_an_administrator_in(string method, string url)
    {
        var admin = await Assignments.AdminAsync(app);

        using var response = await admin.SendAsync(Request(method, url), Ct);

        var expected = (method, url.Contains(Missing, StringComparison.Ordinal)) switch
        {
            (_, true) => HttpStatusCode.NotFound,
            ("POST", false) => HttpStatusCode.BadRequest, // nobody-here is nobody
            _ => HttpStatusCode.OK,
        };
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DelegationEndpoints))]
    public async Task Delegation_endpoint_lets_a_post_holder_and_an_administrator_in_for_themselves(string method, string url)
    {
        var expected = method == "GET" ? HttpStatusCode.OK : url.Contains(Missing, StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest;
        foreach (var client in new[] { await app.Api.LoginAsync(Demo.Mayor), await Assignments.AdminAsync(app) })
        {
            using var response = await client.SendAsync(Request(method, url), Ct);

            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_assignment_page_sends_anonymous_and_post_holders_to_sign_in(string url)
    {
        using var anonymous = await app.Api.CreateClient().GetAsync(url, Ct);
        using var holder = await (await CopiedBrowser.SignInAsync(app, Demo.Mayor)).GetAsync(url);

        foreach (var page in new[] { anonymous, holder })
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/account/login", page.Headers.Location?.AbsolutePath ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_assignment_page_opens_for_an_administrator(string url)
    {
        await Assignments.AdminAsync(app);
        var admin = await CopiedBrowser.SignInAsync(app, "assignments-admin", AdminAccounts.Password);

        using var page = await admin.GetAsync(url);

        Assert.Equal(url.Contains(Missing, StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Delegations_page_opens_for_a_post_holder_and_sends_anonymous_to_sign_in()
    {
        using var anonymous = await app.Api.CreateClient().GetAsync("/account/delegations", Ct);
        using var holder = await (await CopiedBrowser.SignInAsync(app, Demo.Mayor)).GetAsync("/account/delegations");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, holder.StatusCode);
    }
}

/// <summary>AssignmentAuthorizationTests on SQLite (the default provider).</summary>
public sealed class AssignmentAuthorizationTests(WorkflowApp app) : AssignmentAuthorizationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AssignmentAuthorizationTests on PostgreSQL (ADR 33).</summary>
public sealed class AssignmentAuthorizationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AssignmentAuthorizationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
