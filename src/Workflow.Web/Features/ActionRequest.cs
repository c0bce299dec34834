using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>Body of a route action. Note: the marginal note (endorse, sign) or the reason (return, refuse, withdraw).</summary>
public sealed record ActionRequest
{
    [StringLength(2000), PlainText(AllowLineBreaks = true)]
    public string? Note { get; init; }

    /// <summary>The version the client last saw; when given, a newer document gets 409 instead of the action.</summary>
    public int? Version { get; init; }

    /// <summary>For a signature when the last second factor is older than the step-up window: a TOTP or recovery code.</summary>
    [StringLength(20)]
    public string? Code { get; init; }
}
