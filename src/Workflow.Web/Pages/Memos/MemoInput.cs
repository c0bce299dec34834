using System.ComponentModel.DataAnnotations;
using Workflow.Core.Classification;
using Workflow.Web.Application;
using Workflow.Web.Classification;

namespace Workflow.Web.Pages.Memos;

/// <summary>The memo form: the same limits as the API's DraftRequest, with messages from the interface texts.</summary>
public sealed class MemoInput
{
    [Display(Name = "Field.Route")]
    public string? RouteId { get; set; }

    [Display(Name = "Field.Issuer")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, MinimumLength = 2, ErrorMessage = "Validation.Length")]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? Issuer { get; set; }

    [Display(Name = "Field.Subject")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(300, MinimumLength = 2, ErrorMessage = "Validation.Length")]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? Subject { get; set; }

    [Display(Name = "Field.Salutation")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, MinimumLength = 2, ErrorMessage = "Validation.Length")]
    [PlainText(ErrorMessage = "Validation.PlainText")]
    public string? Salutation { get; set; }

    [Display(Name = "Field.Body")]
    [Required(ErrorMessage = "Validation.Required"), StringLength(20_000, MinimumLength = 2, ErrorMessage = "Validation.Length")]
    [PlainText(AllowLineBreaks = true, ErrorMessage = "Validation.PlainText")]
    public string? Body { get; set; }

    [Display(Name = "Field.Urgency")]
    [ClassName(typeof(Urgency), ErrorMessage = "Validation.Class")]
    public string? Urgency { get; set; }

    [Display(Name = "Field.Secrecy")]
    [ClassName(typeof(Secrecy), ErrorMessage = "Validation.Class")]
    public string? Secrecy { get; set; }

    [Display(Name = "Field.File")]
    public IFormFile? File { get; set; }

    public int? Version { get; set; }

    public MemoFields ToFields() => MemoFields.Of(Issuer!, Subject!, Salutation!, Body!, Urgency, Secrecy);

    public static MemoInput From(DocumentView doc) => new()
    {
        RouteId = doc.RouteId,
        Issuer = doc.Issuer,
        Subject = doc.Subject,
        Salutation = doc.Salutation,
        Body = doc.Body,
        Urgency = ClassNames.Of(doc.Urgency),
        Secrecy = ClassNames.Of(doc.Secrecy),
        Version = doc.Version,
    };
}
