using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;

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

    public int? Version { get; init; }

    public MemoFields ToFields() => new() { Issuer = Issuer!, Subject = Subject!, Salutation = Salutation!, Body = Body! };
}
