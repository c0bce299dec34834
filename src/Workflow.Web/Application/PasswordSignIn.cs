using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// Password sign-in for the API and the sign-in page. A user name that does not exist is answered exactly as one
/// that does: 401 for a wrong password, and after the configured number of failures 429 "locked out" for the
/// lockout time, with the same password-hashing work. Otherwise 429 would tell an attacker which names are real.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UnknownUserLockout unknownUsers)
{
    public static readonly Failure BadCredentials = new(StatusCodes.Status401Unauthorized, "bad-credentials", "Wrong user name or password.");

    public static readonly Failure LockedOut = new(StatusCodes.Status429TooManyRequests, "locked-out",
        "Too many failed sign-ins: sign-in is locked for a few minutes.");

    /// <summary>Signs in with the given scheme (cookie or bearer); null on success, else the failure to answer.</summary>
    public async Task<Failure?> SignInAsync(string userName, string password, string scheme)
    {
        signIn.AuthenticationScheme = scheme;
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        var result = user is not null
            ? await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)
            : unknownUsers.Fail(users.NormalizeName(userName), () => UnknownUserLockout.SpendHashing(users.PasswordHasher, password));
        return result.Succeeded ? null : result.IsLockedOut ? LockedOut : BadCredentials;
    }
}

/// <summary>
/// Failed sign-ins for user names that do not exist, counted in memory as Identity counts them for real accounts
/// (<see cref="LockoutOptions.MaxFailedAccessAttempts"/> failures lock for <see cref="LockoutOptions.DefaultLockoutTimeSpan"/>).
/// Bounded: at most <see cref="Capacity"/> names are tracked, each forgotten an hour after its last failure.
/// </summary>
public sealed class UnknownUserLockout(IOptions<IdentityOptions> identity, TimeProvider clock) : IDisposable
{
    public const int Capacity = 100_000;

    private static readonly AppUser Nobody = new();
    private static readonly string NobodyHash = new PasswordHasher<AppUser>().HashPassword(Nobody, Guid.NewGuid().ToString());

    private readonly MemoryCache _names = new(new MemoryCacheOptions { SizeLimit = Capacity });

    private sealed class Entry
    {
        public int Failures;
        public DateTimeOffset LockedUntil;
    }

    /// <summary>
    /// Records a failed sign-in for a name no account has. As for a real account, a locked name is refused before any
    /// password work, and an unlocked one costs one password verification (<paramref name="verifyPassword"/>).
    /// </summary>
    public SignInResult Fail(string normalizedName, Action verifyPassword)
    {
        var lockout = identity.Value.Lockout;
        var now = clock.GetUtcNow();
        var entry = _names.GetOrCreate(normalizedName, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = TimeSpan.FromHours(1);
            return new Entry();
        })!;
        lock (entry)
        {
            if (entry.LockedUntil > now)
                return SignInResult.LockedOut;
        }

        verifyPassword();
        lock (entry)
        {
            if (++entry.Failures < lockout.MaxFailedAccessAttempts)
                return SignInResult.Failed;
            entry.Failures = 0;
            entry.LockedUntil = now + lockout.DefaultLockoutTimeSpan;
            return SignInResult.LockedOut;
        }
    }

    /// <summary>The work of checking a password against a stored hash, spent on a hash no password matches.</summary>
    public static void SpendHashing(IPasswordHasher<AppUser> hasher, string password) =>
        hasher.VerifyHashedPassword(Nobody, NobodyHash, password);

    public void Dispose() => _names.Dispose();
}
