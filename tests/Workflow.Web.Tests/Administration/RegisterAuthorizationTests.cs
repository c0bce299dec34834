using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>Only administrators reach /api/admin/register: anonymous gets 401, a post holder (even the mayor) 403.</summary>
public abstract class RegisterAuthorizationTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/admin/register?year=2569" },
        { "GET", "/api/admin/register/export.csv?year=2569" },
        { "GET", "/api/admin/register/export.xlsx?year=2569" },
        { "GET", "/api/admin/register/next?year=2569" },
        { "PUT", "/api/admin/register/next" },
    };

    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        // Lower than anything given, so that even the administrator's call changes nothing.
        Content = method == "PUT" ? JsonContent.Create(new { year = 2400, next = 1 }) : null,
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Register_endpoint_answers_401_when_anonymous(string method, string url)
    {
        using var response = await app.Api.CreateClient().SendAsync(Request(method, url), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Register_endpoint_answers_403_when_signed_in_as_a_post_holder(string method, string url)
    {
        foreach (var user in new[] { Demo.Mayor, Demo.Office, Demo.Legal })
        {
            using var response = await (await app.Api.LoginAsync(user)).SendAsync(Request(method, url), Ct);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Register_endpoint_lets_an_administrator_in(string method, string url)
    {
        var admin = await AdminAccounts.SignInAsync(app, "register-admin");

        using var response = await admin.SendAsync(Request(method, url), Ct);

        var allowed = method == "PUT" ? HttpStatusCode.BadRequest : HttpStatusCode.OK; // 2400 is not the current year
        Assert.Equal(allowed, response.StatusCode);
    }
}

/// <summary>RegisterAuthorizationTests on SQLite (the default provider).</summary>
public sealed class RegisterAuthorizationTests(WorkflowApp app) : RegisterAuthorizationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>RegisterAuthorizationTests on PostgreSQL (ADR 33).</summary>
public sealed class RegisterAuthorizationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : RegisterAuthorizationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
