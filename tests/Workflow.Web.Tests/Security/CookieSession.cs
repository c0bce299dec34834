using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>Signs in through the login page, as a browser does: the client then holds the Identity cookie and nothing else.</summary>
public static partial class CookieSession
{
    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex Value();

    /// <summary>A cookie-handling client signed in as the user; fails the test when the page refuses the sign-in.</summary>
    /// <summary>A cookie-handling client signed in as the user (with <paramref name="code"/> at the code step of someone with a second factor).</summary>
    public static async Task<HttpClient> SignInAsync(WorkflowApp app, string user, string password = Demo.Password, string? code = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await PostLoginAsync(client, user, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Page sign-in of {user}: {(int)response.StatusCode}");
        if (code is not null)
        {
            Assert.StartsWith(CodePage, response.Headers.Location?.OriginalString);
            using var coded = await PostCodeAsync(client, code);
            Assert.True(coded.StatusCode == HttpStatusCode.Redirect, $"Sign-in code of {user}: {(int)coded.StatusCode}");
        }

        return client;
    }

    public const string CodePage = "/account/login/code";

    /// <summary>Posts the sign-in's code step (after the password step sent the client there); answers the page's response.</summary>
    public static async Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string code) =>
        await client.PostAsync(CodePage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["__RequestVerificationToken"] = await TokenAsync(client, CodePage),
        }), TestContext.Current.CancellationToken);

    /// <summary>Fetches the login page for its anti-forgery token and posts the form; answers the page's response.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password = Demo.Password)
    {
        var token = await TokenAsync(client, "/account/login");

        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
    }

    /// <summary>The anti-forgery token a page's form carries for this client (its cookies, its user).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);
        var input = AntiforgeryInput().Match(html);
        Assert.True(input.Success, $"No anti-forgery token on {page}.");
        return WebUtility.HtmlDecode(Value().Match(input.Value).Groups[1].Value);
    }
}
