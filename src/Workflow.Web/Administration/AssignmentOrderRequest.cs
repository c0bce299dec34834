using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;

namespace Workflow.Web.Administration;

/// <summary>Corrects the order an assignment cites (คำสั่งที่ … ลงวันที่ …), with the version last seen.</summary>
public sealed record AssignmentOrderRequest
{
    [StringLength(64), PlainText]
    public string? OrderNumber { get; set; }

    public DateOnly? OrderDate { get; set; }

    [Required]
    public int? Version { get; set; }
}
