using System.Net;
using System.Text.RegularExpressions;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// A browser whose cookies are plain values the test can copy: <see cref="Copy"/> is someone who took the cookies
/// (from a shared computer, a proxy log) and replays them elsewhere.
/// </summary>
public sealed partial class CopiedBrowser
{
    private readonly HttpClient _client;
    private readonly Dictionary<string, string> _cookies;

    private CopiedBrowser(HttpClient client, Dictionary<string, string> cookies) => (_client, _cookies) = (client, cookies);

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex TokenInput();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<CopiedBrowser> SignInAsync(WorkflowApp app, string user, string password = Demo.Password)
    {
        var browser = new CopiedBrowser(app.Api.CreateClient(), []);
        using var signedIn = await browser.PostFormAsync("/account/login", "/account/login",
            new() { ["Input.UserName"] = user, ["Input.Password"] = password });
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"Page sign-in of {user}: {(int)signedIn.StatusCode}");
        return browser;
    }

    public CopiedBrowser Copy() => new(_client, new Dictionary<string, string>(_cookies));

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(request);
    }

    /// <summary>Opens the form page for its anti-forgery token, then posts the fields with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string url, Dictionary<string, string> fields)
    {
        using var page = await GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"No anti-forgery token on {formPage} ({(int)page.StatusCode}).");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    /// <summary>Opens the form page for its anti-forgery token, then posts one file as multipart/form-data with it.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string url, string field, byte[] content, string fileName)
    {
        using var page = await GetAsync(formPage);
        var match = TokenInput().Match(await page.Content.ReadAsStringAsync(Ct));
        Assert.True(match.Success, $"No anti-forgery token on {formPage} ({(int)page.StatusCode}).");
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), field, fileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        return await SendAsync(request);
    }

    /// <summary>Whether the session cookie still opens the inbox (200), rather than sending to the sign-in page.</summary>
    public async Task<bool> IsSignedInAsync()
    {
        using var inbox = await GetAsync("/");
        Assert.True(inbox.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"Inbox: {(int)inbox.StatusCode}");
        return inbox.StatusCode == HttpStatusCode.OK;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await _client.SendAsync(request, Ct);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0];
            var at = pair.IndexOf('=');
            var (name, value) = (pair[..at], pair[(at + 1)..]);
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                _cookies.Remove(name);
            else
                _cookies[name] = value;
        }

        return response;
    }
}
