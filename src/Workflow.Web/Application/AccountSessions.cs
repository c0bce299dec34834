using Microsoft.AspNetCore.Identity;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// Ends every session of a user: a new security stamp makes each cookie and bearer token issued before it invalid,
/// within <see cref="SessionStamps.MaxAge"/> (ADR 9). Identity changes the stamp by itself on a password change or reset;
/// sign-out and locking an account come here.
/// </summary>
public sealed class AccountSessions(UserManager<AppUser> users, SessionStamps stamps)
{
    public async Task EndAllAsync(AppUser user)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
            throw new InvalidOperationException("The security stamp could not be changed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        stamps.Forget(user.Id);
    }

    /// <summary>Locks the account until the given time (or for good) and ends its sessions.</summary>
    public async Task LockAsync(AppUser user, DateTimeOffset? until = null)
    {
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, until ?? DateTimeOffset.MaxValue);
        await EndAllAsync(user);
    }

    /// <summary>After a change Identity already stamped (password change or reset): drop what this process remembers.</summary>
    public void Forget(AppUser user) => stamps.Forget(user.Id);
}
