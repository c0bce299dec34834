using System.Net;

namespace Workflow.Web.Tests.Security;

/// <summary>Checks on what a page answered: the expected <see cref="PageAnswer"/>, and whether the memo shows through.</summary>
public static class PageAssert
{
    private static readonly Uri Host = new("http://localhost");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static PageAnswer AnswerOf(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => PageAnswer.Shown,
        HttpStatusCode.Redirect when PathOf(response.Headers.Location) == "/account/login" => PageAnswer.SignIn,
        HttpStatusCode.Redirect => PageAnswer.Redirected,
        HttpStatusCode.BadRequest => PageAnswer.Invalid,
        HttpStatusCode.Unauthorized => PageAnswer.BadCredentials,
        HttpStatusCode.Forbidden => PageAnswer.Forbidden,
        HttpStatusCode.NotFound => PageAnswer.NotFound,
        HttpStatusCode.Conflict => PageAnswer.Conflict,
        _ => PageAnswer.Other,
    };

    /// <summary>Asserts the answer; answers the body for the checks that follow.</summary>
    public static async Task<string> AnswersAsync(PageAnswer expected, HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(AnswerOf(response) == expected, $"{what}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return body;
    }

    /// <summary>Asserts the answer, and that the memo's subject is on the page when, and only when, the page is shown.</summary>
    public static async Task ShowsTheMemoOnlyWhenShownAsync(PageAnswer expected, HttpResponseMessage response, string subject, string what)
    {
        var body = await AnswersAsync(expected, response, what);
        var shown = body.Contains(subject, StringComparison.Ordinal);
        Assert.True(shown == (expected == PageAnswer.Shown), $"{what}: the memo's subject is {(shown ? "on" : "missing from")} the page.");
    }

    /// <summary>A refusal to someone the memo has not reached says nothing of it.</summary>
    public static void Hides(string body, string subject, string what) =>
        Assert.False(body.Contains(subject, StringComparison.Ordinal), $"{what}: the page shows the memo's subject.");

    /// <summary>The path (no query) a redirect goes to, whether the Location is absolute or not.</summary>
    public static string? PathOf(Uri? location) => location is null ? null : new Uri(Host, location).AbsolutePath;
}
