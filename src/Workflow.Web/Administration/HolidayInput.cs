using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;

namespace Workflow.Web.Administration;

/// <summary>A holiday as the administrator adds it: body of POST /api/admin/holidays and the holiday form alike.</summary>
public sealed class HolidayInput
{
    /// <summary>The day, yyyy-MM-dd in the Common Era (2027-03-16), as the shipped holiday files write it.</summary>
    [Display(Name = "Date")]
    [Required(ErrorMessage = AdminMessages.Required)]
    public string? Date { get; set; }

    [Display(Name = "Name in Thai")]
    [Required(ErrorMessage = AdminMessages.Required), StringLength(200, MinimumLength = 2, ErrorMessage = AdminMessages.Length)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? NameTh { get; set; }

    [Display(Name = "Name in English")]
    [StringLength(200, ErrorMessage = AdminMessages.MaxLength)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? NameEn { get; set; }
}
