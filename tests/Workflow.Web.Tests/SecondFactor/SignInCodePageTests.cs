using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.SecondFactor;

/// <summary>The sign-in page's code step: no identity cookie before the code, wrong codes refused and slowed down (ADR 31).</summary>
public sealed class SignInCodePageTests(SecondFactorApp app) : IClassFixture<SecondFactorApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<bool> SignedInAsync(HttpClient client)
    {
        using var inbox = await client.GetAsync("/", Ct);
        return inbox.StatusCode == HttpStatusCode.OK;
    }

    [Fact]
    public async Task The_password_alone_gives_no_session_and_the_code_then_signs_in()
    {
        var (secret, _) = await app.EnrolAsync(Demo.Director);
        app.Advance(TimeSpan.FromSeconds(60));
        var client = Browser();

        using (var password = await CookieSession.PostLoginAsync(client, Demo.Director))
            Assert.StartsWith(CookieSession.CodePage, password.Headers.Location?.OriginalString);
        Assert.False(await SignedInAsync(client));
        using (var coded = await CookieSession.PostCodeAsync(client, app.CodeNow(secret)))
            Assert.Equal("/", coded.Headers.Location?.OriginalString);

        Assert.True(await SignedInAsync(client));
    }

    [Fact]
    public async Task A_wrong_code_is_refused_counts_toward_the_back_off_and_gives_no_session()
    {
        var (secret, _) = await app.EnrolAsync(Demo.Deputy);
        app.Advance(TimeSpan.FromSeconds(60));
        var before = await app.ReadDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == Demo.Deputy));
        var backoff = app.Services.GetRequiredService<SignInBackoff>();
        var failuresBefore = await backoff.FailuresAsync(before.NormalizedUserName!, ClientAddress.Unknown, Ct);
        var client = Browser();
        using (await CookieSession.PostLoginAsync(client, Demo.Deputy))
        {
        }

        var wrong = app.CodeNow(secret) == "000000" ? "111111" : "000000";
        using (var refused = await CookieSession.PostCodeAsync(client, wrong))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("รหัสไม่ถูกต้อง หมดอายุ หรือใช้ไปแล้ว", await refused.Content.ReadAsStringAsync(Ct));
        }

        Assert.False(await SignedInAsync(client));
        Assert.Equal(failuresBefore + 1, await backoff.FailuresAsync(before.NormalizedUserName!, ClientAddress.Unknown, Ct));
        var after = await app.ReadDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == Demo.Deputy));
        Assert.Equal((before.TotpLastStep, before.SecondFactorAt, before.SecurityStamp), (after.TotpLastStep, after.SecondFactorAt, after.SecurityStamp));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (_, recovery) = await app.EnrolAsync(Demo.Finance);
        var first = Browser();
        using (await CookieSession.PostLoginAsync(first, Demo.Finance))
        using (var used = await CookieSession.PostCodeAsync(first, recovery[0]))
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.True(await SignedInAsync(first));

        var second = Browser();
        using (await CookieSession.PostLoginAsync(second, Demo.Finance))
        using (var again = await CookieSession.PostCodeAsync(second, recovery[0]))
            Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.False(await SignedInAsync(second));
    }

    [Fact]
    public async Task The_code_step_without_the_password_step_sends_back_to_the_sign_in()
    {
        var client = Browser();

        using var page = await client.GetAsync(CookieSession.CodePage, Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.OriginalString);
        Assert.False(await SignedInAsync(client));
    }
}
