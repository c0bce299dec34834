using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Features;

/// <summary>Bodies of the people API's account actions.</summary>
public static class PersonRequests
{
    /// <summary>POST /api/admin/people/{id}/password: a password the person must change at their next sign-in.</summary>
    public sealed record TemporaryPassword
    {
        [Required, StringLength(Application.PasswordChange.MaxLength)]
        public string? Password { get; init; }
    }

    /// <summary>PUT /api/admin/people/{id}/administrator: whether the person holds the Administrator role.</summary>
    public sealed record Administrator
    {
        [Required]
        public bool? IsAdministrator { get; init; }
    }
}
