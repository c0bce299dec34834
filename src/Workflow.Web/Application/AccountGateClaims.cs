using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.SecondFactor;

namespace Workflow.Web.Application;

/// <summary>
/// Identity's claims, plus one for each thing the person must do before anything else: change a temporary password,
/// set up a second factor they are required to have. The cookie and the bearer token carry them, so the gates
/// (Features/PasswordChangeGate, SecondFactorGate) need no query per request; doing it issues a new cookie (or, on
/// refresh, new tokens) without the claim. A cookie's claims are made again when its security stamp is checked.
/// </summary>
public sealed class AccountGateClaims(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options,
    SecondFactorRequirement secondFactor)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string MustChangePassword = "workflow:must-change-password";

    public const string MustSetUpSecondFactor = "workflow:must-set-up-second-factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(MustChangePassword, "true"));
        if (await secondFactor.MustSetUpAsync(user, CancellationToken.None))
            identity.AddClaim(new Claim(MustSetUpSecondFactor, "true"));
        return identity;
    }
}
