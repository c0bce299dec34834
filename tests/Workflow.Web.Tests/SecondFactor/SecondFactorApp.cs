using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    /// <summary>Sets up and confirms an authenticator for the user; answers the secret and the recovery codes.</summary>
    public async Task<(string Secret, string[] RecoveryCodes)> EnrolAsync(string user)
    {
        var client = await Api.LoginAsync(user);
        using var setup = await client.PostAsync("/api/auth/second-factor/setup", null, Ct);
        var secret = (await ApiClient.ReadAsync<JsonElement>(setup, HttpStatusCode.OK)).GetProperty("secret").GetString()!;
        using var confirm = await client.PostAsJsonAsync("/api/auth/second-factor/confirm", new { code = CodeNow(secret) }, Ct);
        var codes = (await ApiClient.ReadAsync<JsonElement>(confirm, HttpStatusCode.OK)).GetProperty("recoveryCodes")
            .EnumerateArray().Select(c => c.GetString()!).ToArray();
        return (secret, codes);
    }

    public async Task<HttpResponseMessage> SignAsync(string user, Guid id, string? code) =>
        await (await Api.LoginAsync(user)).PostAsJsonAsync($"/api/documents/{id}/sign", new { code }, Ct);
}
