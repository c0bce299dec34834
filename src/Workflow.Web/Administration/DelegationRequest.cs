using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Administration;

/// <summary>A delegation the signed-in holder gives (POST /api/delegations and /account/delegations): to whom, which post, which days, which routes.</summary>
public sealed record DelegationRequest
{
    [Required, StringLength(256)]
    public string? UserName { get; set; }

    [Required, StringLength(64)]
    public string? Position { get; set; }

    [Required]
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>The route ids it is limited to; none for every route.</summary>
    [MaxLength(50)]
    public List<string>? Routes { get; set; }
}
