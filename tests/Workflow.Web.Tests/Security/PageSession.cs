using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// One browser in the page matrices: a demo user's cookie session (none for <see cref="Demo.Anonymous"/>) and the
/// anti-forgery token from a page that person may open (the inbox; the sign-in page when anonymous), so that a post is
/// let through or refused by authorization, never for want of a token.
/// </summary>
public sealed class PageSession
{
    private const string TokenField = "__RequestVerificationToken";

    private static readonly WebApplicationFactoryClientOptions Browser = new() { AllowAutoRedirect = false, HandleCookies = true };

    private readonly HttpClient _client;
    private readonly string _token;

    private PageSession(HttpClient client, string token)
    {
        _client = client;
        _token = token;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Signs in (with the code step's <paramref name="code"/> when given); the token comes from <paramref name="tokenPage"/>, the inbox unless told.</summary>
    public static async Task<PageSession> OpenAsync(WorkflowApp app, string user, string? code = null, string tokenPage = "/")
    {
        var anonymous = user == Demo.Anonymous;
        var client = anonymous ? app.CreateClient(Browser) : await CookieSession.SignInAsync(app, user, code: code);
        return new PageSession(client, await CookieSession.TokenAsync(client, anonymous ? "/account/login" : tokenPage));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url, Ct);

    /// <summary>An application/x-www-form-urlencoded post with the token, as the action, sign-in and language forms send it.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields) =>
        _client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new(TokenField, _token))), Ct);

    /// <summary>A multipart/form-data post with the token, as the memo form sends it, with a PDF in its file field when given.</summary>
    public Task<HttpResponseMessage> PostMultipartAsync(string url, IReadOnlyDictionary<string, string> fields, byte[]? pdf = null, string fileName = "รายงาน.pdf")
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new(TokenField, _token)))
            content.Add(new StringContent(value), name);
        if (pdf is not null)
        {
            var file = new ByteArrayContent(pdf);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Input.File", fileName);
        }

        return _client.PostAsync(url, content, Ct);
    }
}
