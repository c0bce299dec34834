using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// Identity's claims, plus one that says the person still has a temporary password. The cookie and the bearer token
/// carry it, so the gate (Features/PasswordChangeGate) needs no query per request; changing the password issues a
/// new cookie and new tokens without it, and a new temporary password ends the old sessions.
/// </summary>
public sealed class PasswordChangeClaims(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string Type = "workflow:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(Type, "true"));
        return identity;
    }
}
