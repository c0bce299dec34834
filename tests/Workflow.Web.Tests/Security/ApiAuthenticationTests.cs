using System.Net;
using System.Text;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>The JSON API answers nobody without a bearer token: not the anonymous, and not a browser's Identity cookie (ADR 4).</summary>
public abstract class ApiAuthenticationTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The API as written in Features/*.cs: the catalog read from the host must hold at least these.</summary>
    private static readonly string[] Known =
    [
        "POST /api/auth/login", "POST /api/auth/refresh", "POST /api/auth/logout", "POST /api/auth/password",
        "GET /api/me", "GET /api/routes", "POST /api/documents", "PUT /api/documents/{id:guid}",
        "GET /api/documents/{id:guid}", "GET /api/documents/{id:guid}/audit/verify", "GET /api/inbox", "GET /api/documents/mine",
        "POST /api/documents/{id:guid}/submit", "POST /api/documents/{id:guid}/endorse", "POST /api/documents/{id:guid}/return",
        "POST /api/documents/{id:guid}/refuse", "POST /api/documents/{id:guid}/withdraw", "POST /api/documents/{id:guid}/sign",
        "POST /api/documents/{id:guid}/attachments", "GET /api/documents/{id:guid}/attachments/{attachmentId:guid}",
        "DELETE /api/documents/{id:guid}/attachments/{attachmentId:guid}", "GET /api/documents/{id:guid}/messages",
    ];

    /// <summary>The endpoints that take no token by design: sign-in, and the refresh that stands in for it.</summary>
    private static readonly string[] SignIn = ["POST /api/auth/login", "POST /api/auth/refresh"];

    private static HttpRequestMessage Request(EndpointCatalog.Route route, Guid id, Guid attachmentId)
    {
        var url = route.Fill(new Dictionary<string, string> { ["id"] = id.ToString(), ["attachmentId"] = attachmentId.ToString() });
        var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
        if (route.Method is "POST" or "PUT")
            request.Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(ApiClient.Draft()), Encoding.UTF8, "application/json");
        return request;
    }

    [Fact]
    public async Task Every_api_endpoint_answers_401_when_the_request_has_no_token()
    {
        var memos = await MemosInEveryState.SeedAsync(app, "anonymous");
        var routes = EndpointCatalog.Api(app).Where(r => !SignIn.Contains(r.ToString())).ToList();
        var client = app.Api.CreateClient();
        var before = await app.CountsAsync();
        var wrong = new List<string>();

        foreach (var route in routes)
        {
            foreach (var id in new[] { memos["draft"], memos["in-route-0"], memos["signed"] })
            {
                using var request = Request(route, id, id == memos["draft"] ? memos.DraftAttachment : memos.SignedAttachment);
                using var response = await client.SendAsync(request, Ct);
                if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    wrong.Add($"{route} {id}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
            }
        }

        Assert.Empty(Known.Except(routes.Select(r => r.ToString()).Concat(SignIn)));
        Assert.Empty(wrong);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Api_answers_401_when_the_request_carries_only_the_identity_cookie()
    {
        var memos = await MemosInEveryState.SeedAsync(app, "cookie");
        var browser = await CookieSession.SignInAsync(app, Demo.Section);
        using (var page = await browser.GetAsync($"/memos/{memos["in-route-0"]}", Ct))
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var before = await app.CountsAsync();
        var wrong = new List<string>();

        foreach (var route in EndpointCatalog.Api(app).Where(r => !SignIn.Contains(r.ToString())))
        {
            using var request = Request(route, memos["in-route-0"], memos.SignedAttachment);
            using var response = await browser.SendAsync(request, Ct);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
                wrong.Add($"{route}: {(int)response.StatusCode}");
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await app.CountsAsync());
    }
}

/// <summary>ApiAuthenticationTests on SQLite (the default provider).</summary>
public sealed class ApiAuthenticationTests(WorkflowApp app) : ApiAuthenticationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>ApiAuthenticationTests on PostgreSQL (ADR 33).</summary>
public sealed class ApiAuthenticationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : ApiAuthenticationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
