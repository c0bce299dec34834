using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.SecondFactor;

/// <summary>The host with the product's default (signers need a second factor) and a clock the test moves.</summary>
public sealed class SecondFactorApp : ClockedWorkflowApp
{
    public SecondFactorApp() => Settings["SecondFactor:RequiredFor"] = "Signers";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The code an authenticator app shows now on the test clock.</summary>
    public string CodeNow(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Moves the clock on by whole TOTP steps, so the next code is a new one; bearer tokens stay valid.</summary>
    public void Advance(TimeSpan by) => Clock.Set(Clock.GetUtcNow() + by);

    /// <summary>
    /// Sets up and confirms an authenticator for the user through the API, then refreshes the token (the one from
    /// before the set-up still carries the gate's claim), as a client does; answers the secret and the recovery codes.
    /// </summary>
    public async Task<(string Secret, string[] RecoveryCodes)> EnrolAsync(string user)
    {
        var client = Api.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password = Demo.Password }, Ct);
        var refreshToken = Authorize(client, await ApiClient.ReadAsync<JsonElement>(login, HttpStatusCode.OK));
        using var setup = await client.PostAsync("/api/auth/second-factor/setup", null, Ct);
        var secret = (await ApiClient.ReadAsync<JsonElement>(setup, HttpStatusCode.OK)).GetProperty("secret").GetString()!;
        using var confirm = await client.PostAsJsonAsync("/api/auth/second-factor/confirm", new { code = CodeNow(secret) }, Ct);
        var codes = (await ApiClient.ReadAsync<JsonElement>(confirm, HttpStatusCode.OK)).GetProperty("recoveryCodes")
            .EnumerateArray().Select(c => c.GetString()!).ToArray();
        using var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, Ct);
        Authorize(client, await ApiClient.ReadAsync<JsonElement>(refreshed, HttpStatusCode.OK));
        Api.Remember(user, client);
        return (secret, codes);
    }

    /// <summary>Puts the answer's bearer token on the client; answers its refresh token.</summary>
    public static string Authorize(HttpClient client, JsonElement tokens)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return tokens.GetProperty("refreshToken").GetString()!;
    }

    /// <summary>Clears the user's second factor and cached token, so each test starts from a signer who has none.</summary>
    public async Task ForgetSecondFactorAsync(string user)
    {
        await ReadDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync();
            await db.RecoveryCodes.Where(r => r.UserId == id).ExecuteDeleteAsync();
            return await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.TotpSecret, (string?)null).SetProperty(x => x.TotpEnabledAt, (DateTimeOffset?)null)
                .SetProperty(x => x.SecondFactorAt, (DateTimeOffset?)null).SetProperty(x => x.TotpLastStep, 0L));
        });
        Api.Forget(user);
    }

    public async Task<HttpResponseMessage> SignAsync(string user, Guid id, string? code) =>
        await (await Api.LoginAsync(user)).PostAsJsonAsync($"/api/documents/{id}/sign", new { code }, Ct);
}
