using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>Outside Development the session and anti-forgery cookies are Secure, HttpOnly and SameSite.</summary>
public sealed class CookieFlagsTests(ProductionWorkflowApp app) : IClassFixture<ProductionWorkflowApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string SetCookie(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal)).ToLowerInvariant();

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_secure_httponly_and_samesite_when_signing_in_on_the_page()
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

        using var page = await browser.GetAsync("/account/login", Ct);
        var antiforgery = SetCookie(page, ".Workflow.Antiforgery");
        using var signedIn = await CookieSession.PostLoginAsync(browser, Infrastructure.Demo.Legal);
        var session = SetCookie(signedIn, ".Workflow.Session");

        Assert.Contains("; secure", antiforgery);
        Assert.Contains("; httponly", antiforgery);
        Assert.Contains("; samesite=strict", antiforgery);
        Assert.Contains("; secure", session);
        Assert.Contains("; httponly", session);
        Assert.Contains("; samesite=lax", session);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
