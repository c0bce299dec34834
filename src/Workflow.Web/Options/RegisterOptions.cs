using System.ComponentModel.DataAnnotations;
using Workflow.Core.Numbering;

namespace Workflow.Web.Options;

public sealed class RegisterOptions
{
    public const string Section = "Register";

    /// <summary>The agency's letter code, written before "/" in ที่, e.g. "นม 53801".</summary>
    [Required, MaxLength(40)]
    public string Prefix { get; set; } = "นม 53801";

    /// <summary>Calendar (the regulation: numbers restart on 1 January) or Fiscal (restart on 1 October).</summary>
    public RegisterYearBasis YearBasis { get; set; } = RegisterYearBasis.Calendar;

    /// <summary>Write ที่ in Thai digits (๐–๙), as in the official rendering.</summary>
    public bool ThaiDigits { get; set; } = true;

    /// <summary>Time zone of the municipality, for the date a memo bears and the year its number runs in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Bangkok";
}
