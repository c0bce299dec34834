using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Administration;

/// <summary>A Buddhist Era year the holiday list covers: body of POST /api/admin/holidays/years and the year form alike.</summary>
public sealed class HolidayYearInput
{
    public const int First = 2500;

    public const int Last = 2700;

    [Display(Name = "Year (BE)")]
    [Required(ErrorMessage = AdminMessages.Required), Range(First, Last, ErrorMessage = "{0} must be a Buddhist Era year from {1} to {2}.")]
    public int? YearBe { get; set; }
}
