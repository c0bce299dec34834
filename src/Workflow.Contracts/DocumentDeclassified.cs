namespace Workflow.Contracts;

/// <summary>The signer lifted a signed memo's secrecy class, with a reason; its consumer publishes the memo as a signature would.</summary>
public sealed record DocumentDeclassified : DocumentEvent
{
    public required string RegisterNumber { get; init; }

    public required string Reason { get; init; }
}
