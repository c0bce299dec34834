using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Administration;

/// <summary>Ends an assignment early: its new last day (never before its first), and the version last seen.</summary>
public sealed record AssignmentEndRequest
{
    [Required]
    public DateOnly? To { get; set; }

    [Required]
    public int? Version { get; set; }
}
