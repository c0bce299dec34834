using Microsoft.AspNetCore.Identity;
using Workflow.Web.Data;

namespace Workflow.Web.Tests.Accounts;

/// <summary>Identity's hasher, counting each verification: a count, not a time, says how much hashing was done.</summary>
public sealed class CountingPasswordHasher(IPasswordHasher<AppUser> inner, PasswordChecks checks) : IPasswordHasher<AppUser>
{
    public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        checks.Add();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
