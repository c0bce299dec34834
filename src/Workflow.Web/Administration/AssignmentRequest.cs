using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;
using Workflow.Core.Assignments;

namespace Workflow.Web.Administration;

/// <summary>
/// A new assignment, as the administrator enters it (POST /api/admin/assignments and the /admin/assignments/new form):
/// people by user name, the post by key, days in the organisation's time zone, routes by id.
/// </summary>
public sealed record AssignmentRequest
{
    [Required, StringLength(256)]
    public string? UserName { get; set; }

    [Required, StringLength(64)]
    public string? Position { get; set; }

    [Required]
    public AssignmentKind? Kind { get; set; }

    /// <summary>First day (inclusive).</summary>
    [Required]
    public DateOnly? From { get; set; }

    /// <summary>Last day (inclusive); none for open-ended.</summary>
    public DateOnly? To { get; set; }

    /// <summary>The order's number (คำสั่งที่ …): required for acting.</summary>
    [StringLength(64), PlainText]
    public string? OrderNumber { get; set; }

    public DateOnly? OrderDate { get; set; }

    /// <summary>Delegation only: the user name of the post's holder who delegates.</summary>
    [StringLength(256)]
    public string? DelegatedBy { get; set; }

    /// <summary>Delegation only: the route ids it is limited to; none for every route.</summary>
    [MaxLength(50)]
    public List<string>? Routes { get; set; }
}
