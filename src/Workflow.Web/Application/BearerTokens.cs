using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// Issues the API's bearer and refresh tokens with Identity's bearer scheme protectors, as its sign-in would, and says
/// when each expires as an absolute UTC time (expiresAt) besides Identity's expiresIn. Both tokens carry the user's
/// security stamp: a new stamp ends them (ADR 9).
/// </summary>
public sealed class BearerTokens(IOptionsMonitor<BearerTokenOptions> schemes, SignInManager<AppUser> signIn, TimeProvider clock)
{
    public sealed record Response(
        [property: JsonPropertyName("tokenType")] string TokenType,
        [property: JsonPropertyName("accessToken")] string AccessToken,
        [property: JsonPropertyName("expiresIn")] long ExpiresIn,
        [property: JsonPropertyName("expiresAt")] DateTimeOffset ExpiresAt,
        [property: JsonPropertyName("refreshToken")] string RefreshToken,
        [property: JsonPropertyName("refreshExpiresAt")] DateTimeOffset RefreshExpiresAt);

    private BearerTokenOptions Options => schemes.Get(IdentityConstants.BearerScheme);

    public async Task<Response> IssueAsync(AppUser user)
    {
        var options = Options;
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var now = clock.GetUtcNow();
        var expiresAt = now + options.BearerTokenExpiration;
        var refreshExpiresAt = now + options.RefreshTokenExpiration;
        var access = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expiresAt },
            $"{IdentityConstants.BearerScheme}:AccessToken");
        var refresh = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = refreshExpiresAt },
            $"{IdentityConstants.BearerScheme}:RefreshToken");
        return new Response("Bearer", options.BearerTokenProtector.Protect(access), (long)options.BearerTokenExpiration.TotalSeconds,
            expiresAt, options.RefreshTokenProtector.Protect(refresh), refreshExpiresAt);
    }

    /// <summary>The user a refresh token was issued to, when it has not expired and its security stamp is still current.</summary>
    public async Task<AppUser?> RedeemAsync(string refreshToken)
    {
        var ticket = Options.RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
            return null;
        var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
        return user is { IsActive: true } && !await signIn.UserManager.IsLockedOutAsync(user) ? user : null;
    }
}
