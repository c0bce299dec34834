using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.SecondFactor;

/// <summary>A signer without a second factor is held at the set-up page (pages) or refused (API) until they set one up (ADR 31).</summary>
public sealed partial class SecondFactorGateTests(SecondFactorApp app) : IClassFixture<SecondFactorApp>
{
    private const string SetUpPage = "/account/second-factor";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""data-testid="second-factor-secret">([A-Z2-7 ]+)<""")]
    private static partial Regex Secret();

    [GeneratedRegex("<li><code>([0-9A-Z]{5}-[0-9A-Z]{5})</code></li>")]
    private static partial Regex RecoveryCode();

    private static async Task<string> SecretOnAsync(PageSession page)
    {
        using var response = await page.GetAsync(SetUpPage);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<svg", html);
        return Secret().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signer_without_one_is_sent_to_the_set_up_page_from_other_pages_and_others_are_not()
    {
        await app.ForgetSecondFactorAsync(Demo.Mayor);
        var mayor = await PageSession.OpenAsync(app, Demo.Mayor, tokenPage: SetUpPage);
        var clerk = await PageSession.OpenAsync(app, Demo.Clerk);

        foreach (var path in new[] { "/", "/memos/new", "/account/delegations", "/account/notifications" })
        {
            using var held = await mayor.GetAsync(path);
            Assert.True(held.StatusCode == HttpStatusCode.Redirect && held.Headers.Location?.OriginalString == SetUpPage, $"{path}: {(int)held.StatusCode} {held.Headers.Location}");
        }

        using (var setUp = await mayor.GetAsync(SetUpPage))
            Assert.Contains("data-testid=\"second-factor-required\"", await setUp.Content.ReadAsStringAsync(Ct));
        using (var publicSite = await mayor.GetAsync("/public"))
            Assert.Equal(HttpStatusCode.OK, publicSite.StatusCode);
        using (var inbox = await clerk.GetAsync("/"))
            Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    [Fact]
    public async Task A_temporary_password_is_changed_first_and_its_page_is_not_sent_round_to_the_set_up()
    {
        await app.ForgetSecondFactorAsync(Demo.Mayor);
        await SetMustChangePasswordAsync(true);
        try
        {
            var mayor = await PageSession.OpenAsync(app, Demo.Mayor, tokenPage: "/account/password");

            foreach (var path in new[] { "/", SetUpPage })
            {
                using var held = await mayor.GetAsync(path);
                Assert.Equal("/account/password", held.Headers.Location?.OriginalString);
            }

            using var password = await mayor.GetAsync("/account/password");
            Assert.Equal(HttpStatusCode.OK, password.StatusCode);
        }
        finally
        {
            await SetMustChangePasswordAsync(false);
        }
    }

    private Task SetMustChangePasswordAsync(bool must) => app.ReadDbAsync(db =>
        db.Users.Where(u => u.UserName == Demo.Mayor).ExecuteUpdateAsync(u => u.SetProperty(x => x.MustChangePassword, must)));

    [Fact]
    public async Task The_api_answers_a_signer_without_one_403_except_for_the_set_up()
    {
        await app.ForgetSecondFactorAsync(Demo.Mayor);
        var client = await app.Api.SignInAsync(Demo.Mayor, Demo.Password);

        using (var me = await client.GetAsync("/api/me", Ct))
            Assert.Equal("second-factor-setup-required", (await Problem.AssertAsync(me, HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        using (var setup = await client.PostAsync("/api/auth/second-factor/setup", null, Ct))
            Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        using var clerk = await (await app.Api.LoginAsync(Demo.Clerk)).GetAsync("/api/me", Ct);
        Assert.Equal(HttpStatusCode.OK, clerk.StatusCode);
    }

    [Fact]
    public async Task The_page_keeps_the_secret_on_a_wrong_code_then_confirms_shows_recovery_codes_once_and_lets_through()
    {
        await app.ForgetSecondFactorAsync(Demo.Mayor);
        var page = await PageSession.OpenAsync(app, Demo.Mayor, tokenPage: SetUpPage);
        var secret = await SecretOnAsync(page);
        Assert.Equal(32, secret.Length);
        Assert.Equal(secret, await SecretOnAsync(page));

        var wrong = app.CodeNow(secret) == "000000" ? "111111" : "000000";
        using (var refused = await page.PostAsync(SetUpPage, new Dictionary<string, string> { ["Input.Code"] = wrong }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains(secret[..4], await refused.Content.ReadAsStringAsync(Ct));
        }

        Assert.Null(await app.ReadDbAsync(db => db.Users.Where(u => u.UserName == Demo.Mayor).Select(u => u.TotpEnabledAt).SingleAsync()));
        using (var confirmed = await page.PostAsync(SetUpPage, new Dictionary<string, string> { ["Input.Code"] = app.CodeNow(secret) }))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Contains("no-store", confirmed.Headers.CacheControl?.ToString());
            var codes = RecoveryCode().Matches(await confirmed.Content.ReadAsStringAsync(Ct)).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(10, codes.Distinct().Count());
        }

        using (var inbox = await page.GetAsync("/"))
            Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        using var again = await page.GetAsync(SetUpPage);
        var html = await again.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"second-factor-on\"", html);
        Assert.DoesNotMatch(RecoveryCode(), html);
    }
}
