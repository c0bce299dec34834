using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;

namespace Workflow.Web.Administration;

/// <summary>A department as the administrator writes it: body of POST/PUT /api/admin/departments and the department form alike.</summary>
public sealed class DepartmentInput
{
    /// <summary>Stable key, e.g. "clerk-office"; given on creation, never changed (on update it is taken from the URL).</summary>
    [Display(Name = "Key")]
    [RegularExpression("^[a-z][a-z0-9-]{1,63}$", ErrorMessage = AdminMessages.Key)]
    public string? Key { get; set; }

    [Display(Name = "Name in Thai")]
    [Required(ErrorMessage = AdminMessages.Required), StringLength(200, MinimumLength = 2, ErrorMessage = AdminMessages.Length)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? NameTh { get; set; }

    [Display(Name = "Name in English")]
    [StringLength(200, ErrorMessage = AdminMessages.MaxLength)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? NameEn { get; set; }

    /// <summary>What a memo of this department writes in ส่วนราชการ (the memo's issuer field has the same limit).</summary>
    [Display(Name = "Issuing line")]
    [Required(ErrorMessage = AdminMessages.Required), StringLength(200, MinimumLength = 2, ErrorMessage = AdminMessages.Length)]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? IssuingLine { get; set; }

    /// <summary>On update: the version the change was made on (409 when the department has changed since).</summary>
    public int? Version { get; set; }

    public static DepartmentInput From(DepartmentView d) =>
        new() { Key = d.Key, NameTh = d.NameTh, NameEn = d.NameEn, IssuingLine = d.IssuingLine, Version = d.Version };
}
