namespace Workflow.Contracts;

/// <summary>The final signatory signed: the document is approved. Its consumer publishes the document.</summary>
public sealed record DocumentSigned : DocumentEvent
{
    public required string RegisterNumber { get; init; }

    public required string Subject { get; init; }

    public string? Note { get; init; }
}
