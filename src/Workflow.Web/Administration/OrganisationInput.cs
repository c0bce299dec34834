using System.ComponentModel.DataAnnotations;
using Workflow.Core.Numbering;
using Workflow.Web.Application;

namespace Workflow.Web.Administration;

/// <summary>
/// The organisation profile as the administrator writes it: body of PUT /api/admin/organisation and the form of
/// /admin/organisation alike. Messages are English (the API's) and are the pages' keys into the interface texts.
/// </summary>
public sealed class OrganisationInput
{
    [Display(Name = "Name in Thai")]
    [Required(ErrorMessage = AdminMessages.Required), StringLength(200, ErrorMessage = AdminMessages.MaxLength)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? NameTh { get; set; }

    [Display(Name = "Name in English")]
    [StringLength(200, ErrorMessage = AdminMessages.MaxLength)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? NameEn { get; set; }

    /// <summary>Written before "/" in ที่, e.g. "นม 53801".</summary>
    [Display(Name = "Letter code")]
    [Required(ErrorMessage = AdminMessages.Required), StringLength(40, ErrorMessage = AdminMessages.MaxLength)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? LetterCode { get; set; }

    [Display(Name = "Address")]
    [StringLength(300, ErrorMessage = AdminMessages.MaxLength)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? Address { get; set; }

    [Display(Name = "Telephone")]
    [StringLength(40, ErrorMessage = AdminMessages.MaxLength)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? Telephone { get; set; }

    /// <summary>An IANA time zone id, e.g. "Asia/Bangkok".</summary>
    [Display(Name = "Time zone")]
    [Required(ErrorMessage = AdminMessages.Required), StringLength(64, ErrorMessage = AdminMessages.MaxLength)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? TimeZone { get; set; }

    /// <summary>Calendar (numbers restart on 1 January) or Fiscal (on 1 October).</summary>
    [Display(Name = "Register year")]
    [Required(ErrorMessage = AdminMessages.Required)]
    public RegisterYearBasis? YearBasis { get; set; }

    /// <summary>The version the change was made on (GET answers it): a profile changed since then is 409.</summary>
    [Display(Name = "Version")]
    [Required(ErrorMessage = AdminMessages.Required)]
    public int? Version { get; set; }

    public static OrganisationInput From(OrganisationView o) => new()
    {
        NameTh = o.NameTh, NameEn = o.NameEn, LetterCode = o.LetterCode, Address = o.Address, Telephone = o.Telephone,
        TimeZone = o.TimeZone, YearBasis = o.YearBasis, Version = o.Version,
    };
}
