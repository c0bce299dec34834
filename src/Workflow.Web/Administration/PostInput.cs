using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;

namespace Workflow.Web.Administration;

/// <summary>
/// A post as the administrator enters it, on the page and in the API alike. The key is given once, at creation, and
/// never changes: route files and every memo's history name the post by it.
/// </summary>
public sealed record PostInput
{
    /// <summary>The same rule as route files' position keys (workflows/route.schema.json).</summary>
    public const string KeyPattern = "^[a-z][a-z0-9-]{1,63}$";

    public const int MaxTitleLength = 200;

    [Display(Name = "Field.PostKey")]
    [RegularExpression(KeyPattern, ErrorMessage = "Validation.PostKey")]
    public string? Key { get; set; }

    [Display(Name = "Field.TitleTh")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(MaxTitleLength, ErrorMessage = "Validation.MaxLength")]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? TitleTh { get; set; }

    [Display(Name = "Field.TitleEn")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(MaxTitleLength, ErrorMessage = "Validation.MaxLength")]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? TitleEn { get; set; }

    /// <summary>As written on memos, with the organisation's name where that is the custom: ปลัดเทศบาลตำบลโชคชัย.</summary>
    [Display(Name = "Field.MemoTitle")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(MaxTitleLength, ErrorMessage = "Validation.MaxLength")]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? MemoTitle { get; set; }

    /// <summary>Holders of the post (and those acting for it or delegated it) may read the register book.</summary>
    [Display(Name = "Field.MayReadRegister")]
    public bool MayReadRegister { get; set; }

    /// <summary>Holders of the post (and those acting for it or delegated it) may see the time-in-post page.</summary>
    [Display(Name = "Field.MaySeeTimeInPost")]
    public bool MaySeeTimeInPost { get; set; }

    /// <summary>The version last read; required to change a post, so that two administrators never overwrite each other.</summary>
    public int? Version { get; set; }
}
