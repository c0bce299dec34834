using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// The memo page through the browser's door (cookie, anti-forgery token) for every demo user and anonymous, on a
/// memo waiting for the head of the clerk's office: who may read it, and who may endorse it.
/// </summary>
public sealed partial class PageAuthorizationMatrixTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    // Author, the section head whose step has passed, and the holder and acting holder of the current step.
    private static readonly string[] Readers = [Demo.Legal, Demo.Section, Demo.Office, Demo.Deputy];
    private static readonly string[] Holders = [Demo.Office, Demo.Deputy];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Everyone => [.. Demo.Users, Demo.Anonymous];

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="__RequestVerificationToken""")]
    private static partial Regex Token();

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Memo_page_is_shown_only_to_the_author_and_the_steps_it_reached(string user)
    {
        var id = await app.Api.MemoAtStepAsync(1);
        var client = await ClientAsync(user);

        using var response = await client.GetAsync($"/memos/{id}", Ct);

        var expected = user == Demo.Anonymous ? HttpStatusCode.Redirect
            : Readers.Contains(user) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Endorse_form_takes_effect_only_for_the_current_holder(string user)
    {
        var id = await app.Api.MemoAtStepAsync(1);
        var before = await app.CountsAsync(id);
        var client = await ClientAsync(user);
        var token = user == Demo.Anonymous ? "" : await TokenAsync(client);

        using var response = await client.PostAsync($"/memos/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Action"] = "Endorse",
            ["Input.Note"] = "เพื่อโปรดทราบ",
            ["Input.Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        }), Ct);

        var after = await app.CountsAsync(id);
        if (Holders.Contains(user))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(before.AuditEntries + 1, after.AuditEntries);
        }
        else
        {
            Assert.True((int)response.StatusCode is 302 or 400 or 403 or 404 or 409, $"{user}: {(int)response.StatusCode}");
            if (user == Demo.Anonymous)
                Assert.Contains("/account/login", response.Headers.Location?.ToString() ?? "");
            Assert.Equal(before, after);
        }
    }

    private async Task<HttpClient> ClientAsync(string user) => user == Demo.Anonymous
        ? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })
        : await CookieSession.SignInAsync(app, user);

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var match = Token().Match(await client.GetStringAsync("/", Ct));
        Assert.True(match.Success, "No anti-forgery token on the inbox page.");
        return WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }
}
