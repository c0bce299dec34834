using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.SecondFactor;

/// <summary>Set-up, the sign-in code, reuse refused, recovery codes used once, wrong codes slowed down (ADR 31).</summary>
public abstract class TotpEnrolmentTestsBase(SecondFactorApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> LoginAsync(string user, string? code) =>
        app.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = user, password = Demo.Password, code }, Ct);

    [Fact]
    public async Task Set_up_gives_an_inline_svg_qr_code_and_a_key_uri_and_keeps_the_secret_protected()
    {
        var client = await app.Api.LoginAsync(Demo.Director);
        using var setup = await client.PostAsync("/api/auth/second-factor/setup", null, Ct);
        var body = await ApiClient.ReadAsync<JsonElement>(setup, HttpStatusCode.OK);
        var secret = body.GetProperty("secret").GetString()!;

        Assert.StartsWith("otpauth://totp/", body.GetProperty("keyUri").GetString());
        Assert.Contains("secret=" + secret, body.GetProperty("keyUri").GetString());
        var svg = body.GetProperty("qrSvg").GetString()!;
        Assert.Contains("<svg", svg);
        Assert.DoesNotContain("href", svg);
        var stored = await app.ReadDbAsync(db => db.Users.SingleAsync(u => u.UserName == Demo.Director));
        Assert.NotNull(stored.TotpSecret);
        Assert.DoesNotContain(secret, stored.TotpSecret);
        Assert.Null(stored.TotpEnabledAt);
    }

    [Fact]
    public async Task After_set_up_the_sign_in_needs_a_code_and_a_code_is_accepted_once()
    {
        var (secret, _) = await app.EnrolAsync(Demo.Mayor);
        app.Advance(TimeSpan.FromSeconds(60));

        using (var missing = await LoginAsync(Demo.Mayor, null))
            await Problem.AssertFieldAsync(missing, HttpStatusCode.Forbidden, "code");
        var code = app.CodeNow(secret);
        using (var first = await LoginAsync(Demo.Mayor, code))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var reused = await LoginAsync(Demo.Mayor, code))
            Assert.Equal("wrong-code", (await Problem.AssertFieldAsync(reused, HttpStatusCode.Forbidden, "code")).GetProperty("code").GetString());
        using (var malformed = await LoginAsync(Demo.Mayor, "12ab"))
            await Problem.AssertFieldAsync(malformed, HttpStatusCode.BadRequest, "code");
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (_, recovery) = await app.EnrolAsync(Demo.Finance);
        Assert.Equal(10, recovery.Distinct().Count());
        var hashes = await app.ReadDbAsync(db => db.RecoveryCodes.Select(r => r.CodeHash).ToListAsync());
        Assert.DoesNotContain(hashes, h => recovery.Contains(h));

        using (var first = await LoginAsync(Demo.Finance, recovery[3].ToLowerInvariant()))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var again = await LoginAsync(Demo.Finance, recovery[3]))
            await Problem.AssertFieldAsync(again, HttpStatusCode.Forbidden, "code");
        using (var other = await LoginAsync(Demo.Finance, recovery[4]))
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_counts_toward_the_back_off_and_changes_nothing_else()
    {
        var (secret, _) = await app.EnrolAsync(Demo.Deputy);
        var before = await app.ReadDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == Demo.Deputy));
        var backoff = app.Services.GetRequiredService<Workflow.Web.Application.SignInBackoff>();
        var failuresBefore = await backoff.FailuresAsync(before.NormalizedUserName!, Workflow.Web.Application.ClientAddress.Unknown, TestContext.Current.CancellationToken);

        var wrong = app.CodeNow(secret) == "000000" ? "111111" : "000000";
        using (var refused = await LoginAsync(Demo.Deputy, wrong))
            await Problem.AssertFieldAsync(refused, HttpStatusCode.Forbidden, "code");

        var after = await app.ReadDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == Demo.Deputy));
        Assert.Equal(failuresBefore + 1, await backoff.FailuresAsync(before.NormalizedUserName!, Workflow.Web.Application.ClientAddress.Unknown, TestContext.Current.CancellationToken));
        Assert.Equal((before.TotpLastStep, before.SecondFactorAt, before.TotpSecret), (after.TotpLastStep, after.SecondFactorAt, after.TotpSecret));
    }
}

/// <summary>TotpEnrolmentTests on SQLite (the default provider).</summary>
public sealed class TotpEnrolmentTests(SecondFactorApp app) : TotpEnrolmentTestsBase(app), IClassFixture<SecondFactorApp>;

/// <summary>TotpEnrolmentTests on PostgreSQL (ADR 33).</summary>
public sealed class TotpEnrolmentOnPostgreSqlTests(OnPostgreSql<SecondFactorApp> db) : TotpEnrolmentTestsBase(db.App), IClassFixture<OnPostgreSql<SecondFactorApp>>;
