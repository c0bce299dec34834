using System.ComponentModel.DataAnnotations;
using Workflow.Core.SecondFactor;

namespace Workflow.Web.Options;

/// <summary>Who must have a second factor and how fresh it must be for a signature (ADR 31).</summary>
public sealed class SecondFactorOptions
{
    public const string Section = "SecondFactor";

    /// <summary>
    /// Signers: a stolen password alone must not sign for the municipality. Whoever must and has none is sent to set one
    /// up at sign-in (the gate); the Development demo runs with None so the quick start needs no phone.
    /// </summary>
    [EnumDataType(typeof(SecondFactorScope))]
    public SecondFactorScope RequiredFor { get; set; } = SecondFactorScope.Signers;

    /// <summary>A signature needs a second factor accepted at most this long before it.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "08:00:00")]
    public TimeSpan StepUpWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The issuer the authenticator app shows beside the account (the organisation's name).</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public string Issuer { get; set; } = "Workflow";
}
