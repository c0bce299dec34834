using System.ComponentModel.DataAnnotations;
using Workflow.Core.Classification;
using Workflow.Web.Application;
using Workflow.Web.Classification;

namespace Workflow.Web.Features;

public sealed record DraftRequest
{
    /// <summary>Which route the memo travels (GET /api/routes lists those you may start). Ignored on update.</summary>
    [StringLength(64)]
    public string? RouteId { get; init; }

    [Required, StringLength(200, MinimumLength = 2), PlainText]
    public string? Issuer { get; init; }

    [Required, StringLength(300, MinimumLength = 2), PlainText]
    public string? Subject { get; init; }

    [Required, StringLength(200, MinimumLength = 2), PlainText]
    public string? Salutation { get; init; }

    [Required, StringLength(20_000, MinimumLength = 2), PlainText(AllowLineBreaks = true)]
    public string? Body { get; init; }

    /// <summary>ชั้นความเร็ว: none, urgent (ด่วน), very-urgent (ด่วนมาก) or most-urgent (ด่วนที่สุด); omitted is none.</summary>
    [ClassName(typeof(Urgency))]
    public string? Urgency { get; init; }

    /// <summary>ชั้นความลับ: none, confidential (ลับ) or secret (ลับมาก); omitted is none. most-secret (ลับที่สุด) is refused.</summary>
    [ClassName(typeof(Secrecy))]
    public string? Secrecy { get; init; }

    public int? Version { get; init; }

    public MemoFields ToFields() => MemoFields.Of(Issuer!, Subject!, Salutation!, Body!, Urgency, Secrecy);
}
