using System.Net;
using System.Text.RegularExpressions;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// One browser's cookies, kept by hand so that no response (a sign-out, a refused post) can change them: the
/// session cookie (none for a visitor), the anti-forgery cookie, and the request token the form pages gave it.
/// </summary>
public sealed partial record PageFormSession(string User, string? SessionCookie, string AntiforgeryCookie, string Token)
{
    public const string SessionName = ".Workflow.Session";
    public const string AntiforgeryName = ".Workflow.Antiforgery";
    public const string TokenField = "__RequestVerificationToken";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The Cookie header: the session (if any) and the anti-forgery cookie, each unless left out.</summary>
    public string Cookies(bool session = true, bool antiforgery = true) => string.Join("; ", new[]
    {
        session && SessionCookie is not null ? $"{SessionName}={SessionCookie}" : null,
        antiforgery ? $"{AntiforgeryName}={AntiforgeryCookie}" : null,
    }.Where(c => c is not null));

    /// <summary>A visitor: the sign-in page's anti-forgery cookie and token.</summary>
    public static async Task<PageFormSession> VisitAsync(HttpClient client)
    {
        var (cookie, token) = await FormAsync(client, "/account/login", cookies: null);
        return new PageFormSession(Demo.Anonymous, null, cookie!, token);
    }

    /// <summary>Signs in on the login page, then takes the token the given form page issues to the signed-in user.</summary>
    public static async Task<PageFormSession> SignInAsync(HttpClient client, string user, string formPage)
    {
        var visitor = await VisitAsync(client);
        using var login = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = user,
                ["Input.Password"] = Demo.Password,
                [TokenField] = visitor.Token,
            }),
        };
        login.Headers.Add("Cookie", visitor.Cookies());
        using var response = await client.SendAsync(login, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Page sign-in of {user}: {(int)response.StatusCode}");
        var session = CookieValue(response, SessionName) ?? throw new InvalidOperationException($"No session cookie for {user}.");

        var signedIn = visitor with { User = user, SessionCookie = session };
        var (cookie, token) = await FormAsync(client, formPage, signedIn.Cookies());
        return signedIn with { AntiforgeryCookie = cookie ?? visitor.AntiforgeryCookie, Token = token };
    }

    /// <summary>GETs a form page: the anti-forgery cookie it set (if it set one) and the token in its form.</summary>
    public static async Task<(string? Cookie, string Token)> FormAsync(HttpClient client, string path, string? cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookies is not null)
            request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        var input = TokenInput().Match(html);
        Assert.True(input.Success, $"No anti-forgery token on {path}.");
        return (CookieValue(response, AntiforgeryName), WebUtility.HtmlDecode(Value().Match(input.Value).Groups[1].Value));
    }

    public static string? CookieValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith(name + "=", StringComparison.Ordinal)).Select(c => c[(name.Length + 1)..].Split(';')[0]).LastOrDefault()
            : null;

    public override string ToString() => User;

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex Value();
}
