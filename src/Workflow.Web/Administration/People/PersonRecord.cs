using Workflow.Web.Data;

namespace Workflow.Web.Administration.People;

/// <summary>What the admin audit keeps of a person before and after a change: their details and state, never a password.</summary>
public sealed record PersonRecord(
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
    bool MustChangePassword)
{
    public static PersonRecord Of(AppUser u) => new(u.UserName ?? "", u.NamePrefix, u.FirstName, u.LastName, u.DisplayName,
        u.PersonalTitle, u.DepartmentKey, u.Email, u.PhoneNumber, u.Language, u.IsActive, u.MustChangePassword);
}
