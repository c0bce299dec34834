using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;
using Workflow.Web.Notifications;

namespace Workflow.Web.Administration.People;

/// <summary>
/// A person as the administrator enters them: the API's JSON body, the pages' form and one CSV row alike. Messages are
/// interface-text keys (the pages translate them; the API and the import through <see cref="InputMessages"/>).
/// </summary>
public sealed class PersonInput
{
    /// <summary>Identity's allowed user-name characters, so that what is accepted here can sign in.</summary>
    public const string UserNamePattern = "^[A-Za-z0-9._@+-]+$";

    [Display(Name = "Field.UserName")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(64, MinimumLength = 2, ErrorMessage = "Validation.Length")]
    [RegularExpression(UserNamePattern, ErrorMessage = "Validation.UserName")]
    public string? UserName { get; set; }

    [Display(Name = "Field.NamePrefix")]
    [StringLength(40, ErrorMessage = "Validation.MaxLength"), PlainText(ErrorMessage = "Validation.PlainText")]
    public string? NamePrefix { get; set; }

    [Display(Name = "Field.FirstName")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? FirstName { get; set; }

    [Display(Name = "Field.LastName")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? LastName { get; set; }

    [Display(Name = "Field.PersonalTitle")]
    [StringLength(150, ErrorMessage = "Validation.MaxLength"), PlainText(ErrorMessage = "Validation.PlainText")]
    public string? PersonalTitle { get; set; }

    [Display(Name = "Field.Department")]
    [StringLength(64, ErrorMessage = "Validation.MaxLength"), PlainText(ErrorMessage = "Validation.PlainText")]
    public string? DepartmentKey { get; set; }

    [Display(Name = "Field.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$", ErrorMessage = "Validation.Email")]
    public string? Email { get; set; }

    [Display(Name = "Field.Phone")]
    [StringLength(64, ErrorMessage = "Validation.MaxLength"), PlainText(ErrorMessage = "Validation.PlainText")]
    public string? Phone { get; set; }

    /// <summary>The language of the person's e-mails, "th" or "en": "th" on create when left out, unchanged on an edit.</summary>
    [Display(Name = "Field.Language"), LanguageCode(ErrorMessage = "Validation.Class")]
    public string? Language { get; set; }

    /// <summary>The version the edit started from (GET answers it); a stale one gets 409. Ignored on create.</summary>
    public int? Version { get; set; }

    public static PersonInput From(PersonView p) => new()
    {
        UserName = p.UserName,
        NamePrefix = p.NamePrefix,
        FirstName = p.FirstName,
        LastName = p.LastName,
        PersonalTitle = p.PersonalTitle,
        DepartmentKey = p.DepartmentKey,
        Email = p.Email,
        Phone = p.Phone,
        Language = p.Language,
        Version = p.Version,
    };
}
