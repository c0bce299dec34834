using Microsoft.AspNetCore.Identity;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// The rules Identity's options cannot say: a password must not contain the user name (any case) and must not be a
/// common one. Length and variety are Identity's options (AccountSecuritySetup).
/// </summary>
public sealed class PasswordRules : IPasswordValidator<AppUser>
{
    public const string HasUserName = "PasswordHasUserName";
    public const string TooCommon = "PasswordTooCommon";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return Task.FromResult(IdentityResult.Success);
        var errors = new List<IdentityError>();
        if (user.UserName is { Length: >= 3 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            errors.Add(new IdentityError { Code = HasUserName, Description = "The password must not contain the user name." });
        if (CommonPasswords.Shipped.Contains(password))
            errors.Add(new IdentityError { Code = TooCommon, Description = "This password is one of the most common ones; choose another." });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
