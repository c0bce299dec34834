using Workflow.Web.Data;

namespace Workflow.Web.Administration.People;

/// <summary>One person as the administration API and pages show them (never a password or its hash).</summary>
public sealed record PersonView(
    string Id,
    string UserName,
    string NamePrefix,
    string FirstName,
    string LastName,
    string DisplayName,
    string PersonalTitle,
    string? DepartmentKey,
    string? Email,
    string? Phone,
    string Language,
    bool IsActive,
    bool IsAdministrator,
    bool MustChangePassword,
    bool HasPassword,
    int Version,
    bool HasSecondFactor = false)
{
    public static PersonView Of(AppUser u, bool isAdministrator) => new(u.Id, u.UserName ?? "", u.NamePrefix, u.FirstName, u.LastName,
        u.DisplayName, u.PersonalTitle, u.DepartmentKey, u.Email, u.PhoneNumber, u.Language, u.IsActive, isAdministrator, u.MustChangePassword,
        u.PasswordHash is not null, u.ProfileVersion, u.TotpEnabledAt is not null);
}
