using System.ComponentModel.DataAnnotations;
using Workflow.Core.Engine;
using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>Body of a declassification: why the secrecy class is lifted (kept in the memo's audit and shown in its margin).</summary>
public sealed record DeclassifyRequest
{
    [Required, StringLength(Declassification.MaxReasonLength), PlainText(AllowLineBreaks = true)]
    public string? Reason { get; init; }

    /// <summary>The version the client last saw; when given, a newer document gets 409 instead.</summary>
    public int? Version { get; init; }
}
