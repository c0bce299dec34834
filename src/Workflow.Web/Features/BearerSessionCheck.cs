using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Features;

/// <summary>
/// Identity's bearer scheme checks only a token's expiry. This adds the security stamp: a token whose stamp is no
/// longer the user's (sign-out, password change or reset, lock) is refused, at most <see cref="SessionStamps.MaxAge"/>
/// after the change (ADR 9). The token is read here once; the scheme then takes the ticket as it is.
/// </summary>
public static class BearerSessionCheck
{
    public static async Task OnMessageReceivedAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
            return;
        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
            return; // the scheme refuses it as it always has
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = ticket.Principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = ticket.Principal.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null || !await IsCurrentAsync(context.HttpContext, userId, stamp))
        {
            context.Fail("The session has ended.");
            return;
        }

        context.Principal = ticket.Principal;
        context.Properties = ticket.Properties;
        context.Success();
    }

    /// <summary>Whether the stamp is the user's current one (shared with <see cref="CookieSessionCheck"/>).</summary>
    internal static Task<bool> IsCurrentAsync(HttpContext http, string userId, string stamp)
    {
        var stamps = http.RequestServices.GetRequiredService<SessionStamps>();
        return stamps.IsCurrentAsync(userId, stamp, () => http.RequestServices.GetRequiredService<WorkflowDbContext>().Users
            .Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(http.RequestAborted));
    }
}
