using Microsoft.AspNetCore.Identity;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// The password check of the API's and the sign-in page's sign-in (ADR 9). A pair of account name and client address
/// that failed too often waits (429 with Retry-After) before any password work; a name without an account is answered
/// exactly as a real one, with the same hashing work (ADR 8). Identity's own lockout counter is not used: it let anyone
/// lock anyone out. An account an administrator locked is refused only once the right password is given.
/// </summary>
public sealed class PasswordSignIn(UserManager<AppUser> users, SignInBackoff backoff, DecoyPasswordHash decoy)
{
    public static readonly Failure BadCredentials = new(StatusCodes.Status401Unauthorized, "bad-credentials", "Wrong user name or password.");

    public static readonly Failure TooManyAttempts = new(StatusCodes.Status429TooManyRequests, "too-many-attempts",
        "Too many sign-in attempts: wait before trying again (see Retry-After).");

    public static readonly Failure AccountLocked = new(StatusCodes.Status403Forbidden, "account-locked",
        "This account is locked: ask an administrator.");

    /// <summary>The user whose password this is, or why not.</summary>
    public async Task<Outcome<AppUser>> CheckAsync(string userName, string password, string address)
    {
        var name = users.NormalizeName(userName);
        if (await backoff.WaitAsync(name, address) is { } wait)
            return TooManyAttempts with { RetryAfter = wait };
        var found = await users.FindByNameAsync(userName);
        // A deactivated account, or one without a password yet (imported), is answered as a wrong password, after the same hashing work.
        var user = found is { IsActive: true, PasswordHash: not null } ? found : null;
        var matches = user is not null && await users.CheckPasswordAsync(user, password);
        if (user is null)
            decoy.Verify(users.PasswordHasher, password);
        if (!matches)
        {
            await backoff.FailedAsync(name, address);
            return BadCredentials;
        }

        await backoff.SucceededAsync(name, address);
        return await users.IsLockedOutAsync(user!) ? AccountLocked : user!;
    }
}
