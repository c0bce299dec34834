using Microsoft.AspNetCore.Identity;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>The in-memory lockout for names without an account follows Identity's rules for real accounts.</summary>
public sealed class UnknownUserLockoutTests
{
    private readonly TestClock _clock = new();
    private int _hashed;

    private UnknownUserLockout NewLockout() =>
        new(Microsoft.Extensions.Options.Options.Create(new IdentityOptions
        {
            Lockout = { MaxFailedAccessAttempts = 3, DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5) },
        }), _clock);

    private SignInResult Fail(UnknownUserLockout lockout, string name) => lockout.Fail(name, () => _hashed++);

    [Fact]
    public void Locks_at_the_configured_failure_and_refuses_without_password_work_until_the_lockout_ends()
    {
        using var lockout = NewLockout();
        var start = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(7));
        _clock.Set(start);

        Assert.Equal(SignInResult.Failed, Fail(lockout, "GHOST"));
        Assert.Equal(SignInResult.Failed, Fail(lockout, "GHOST"));
        Assert.Equal(SignInResult.LockedOut, Fail(lockout, "GHOST"));
        Assert.Equal(3, _hashed);

        _clock.Set(start.AddMinutes(4));
        Assert.Equal(SignInResult.LockedOut, Fail(lockout, "GHOST"));
        Assert.Equal(3, _hashed); // a locked name is refused before any password check, as Identity does

        _clock.Set(start.AddMinutes(6));
        Assert.Equal(SignInResult.Failed, Fail(lockout, "GHOST"));
        Assert.Equal(4, _hashed);
    }

    [Fact]
    public void Counts_each_name_on_its_own()
    {
        using var lockout = NewLockout();
        for (var i = 0; i < 3; i++)
            Fail(lockout, "GHOST");

        Assert.Equal(SignInResult.LockedOut, Fail(lockout, "GHOST"));
        Assert.Equal(SignInResult.Failed, Fail(lockout, "PHANTOM"));
    }

    [Fact]
    public void Spends_the_work_of_a_real_password_check()
    {
        var hasher = new CountingHasher();
        UnknownUserLockout.SpendHashing(hasher, "any password");
        Assert.Equal(1, hasher.Verifications);
    }

    private sealed class CountingHasher : PasswordHasher<Workflow.Web.Data.AppUser>
    {
        public int Verifications { get; private set; }

        public override PasswordVerificationResult VerifyHashedPassword(Workflow.Web.Data.AppUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
