using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// A signed-in user changes their own password: the current one is required (and counts towards the back-off as a
/// sign-in does), the new one must pass Identity's rules and <see cref="PasswordRules"/>. Identity gives the account a
/// new security stamp, which ends every other session (ADR 9), and the change clears a temporary password's
/// must-change flag.
/// </summary>
public sealed class PasswordChange(UserManager<AppUser> users, SignInBackoff backoff, AccountSessions sessions)
{
    /// <summary>The API's request; the page has its own form with the same limits and interface messages.</summary>
    public sealed record Request
    {
        [Required, StringLength(MaxLength)]
        public string? CurrentPassword { get; init; }

        [Required, StringLength(MaxLength)]
        public string? NewPassword { get; init; }
    }

    public const int MaxLength = 256;

    public static readonly Failure WrongPassword = Failure.Invalid("currentPassword", "The current password is wrong.") with { Code = "wrong-password" };

    private static readonly Dictionary<string, string> Codes = new()
    {
        [nameof(IdentityErrorDescriber.PasswordTooShort)] = "password-too-short",
        [nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars)] = "password-too-simple",
        [PasswordRules.HasUserName] = "password-has-user-name",
        [PasswordRules.TooCommon] = "password-too-common",
    };

    /// <summary>Null when the password was changed, else why not.</summary>
    public async Task<Failure?> ChangeAsync(AppUser user, string currentPassword, string newPassword, string address)
    {
        var name = user.NormalizedUserName ?? users.NormalizeName(user.UserName) ?? "";
        if (await backoff.WaitAsync(name, address) is { } wait)
            return PasswordSignIn.TooManyAttempts with { RetryAfter = wait };
        // Cleared with the new password in the one update Identity saves; restored if the change is refused.
        var mustChange = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
            user.MustChangePassword = mustChange;
        if (result.Succeeded)
        {
            await backoff.SucceededAsync(name, address);
            sessions.Forget(user);
            return null;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            await backoff.FailedAsync(name, address);
            return WrongPassword;
        }

        return Rejected([.. result.Errors], "newPassword");
    }

    /// <summary>Why Identity's rules and <see cref="PasswordRules"/> refused a password, for the field that carried it.</summary>
    public static Failure Rejected(IReadOnlyList<IdentityError> errors, string field)
    {
        var code = Codes.GetValueOrDefault(errors[0].Code, "password-rejected");
        return new Failure(StatusCodes.Status400BadRequest, code, string.Join(" ", errors.Select(e => e.Description)), field)
        {
            Errors = new Dictionary<string, string[]> { [field] = [.. errors.Select(e => e.Description)] },
        };
    }
}
