using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.SecondFactor;

/// <summary>
/// Checks a TOTP or recovery code of a person who has a second factor. A wrong code counts toward the sign-in
/// back-off like a wrong password (a six-digit code is guessable without it) and changes nothing else.
/// </summary>
public sealed class SecondFactorCheck(WorkflowDbContext db, TotpCodes totp, SignInBackoff backoff, TimeProvider clock)
{
    public static readonly Failure Needed = new(StatusCodes.Status403Forbidden, "second-factor-required",
        "A code from your authenticator app (or a recovery code) is needed.", "code");

    public static readonly Failure Wrong = new(StatusCodes.Status403Forbidden, "wrong-code",
        "The code is wrong, expired or already used.", "code");

    public static readonly Failure Malformed = Failure.Invalid("code", "A code is 6 digits, or a recovery code of 10 letters and digits.");

    /// <summary>Accepts the code and records when (saved), or answers why not with nothing changed but the back-off.</summary>
    public async Task<Failure?> AcceptAsync(AppUser user, string? code, string address, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
            return Needed;
        code = code.Trim();
        var isTotp = code.Length == 6 && code.All(char.IsAsciiDigit);
        if (!isTotp && !RecoveryCodes.LooksLikeOne(code))
            return Malformed;
        var name = user.NormalizedUserName ?? user.Id;
        if (await backoff.WaitAsync(name, address) is { } wait)
            return PasswordSignIn.TooManyAttempts with { RetryAfter = wait };

        var now = clock.GetUtcNow();
        var accepted = false;
        if (isTotp && totp.Match(user, code) is { } step)
        {
            user.TotpLastStep = step;
            accepted = true;
        }
        else if (!isTotp)
            accepted = await RecoveryCodes.UseAsync(db, user.Id, code, now, ct);

        if (!accepted)
        {
            await backoff.FailedAsync(name, address);
            return Wrong;
        }

        await backoff.SucceededAsync(name, address);
        user.SecondFactorAt = now;
        await db.SaveChangesAsync(ct);
        return null;
    }
}
