namespace Workflow.Contracts;

/// <summary>The final signatory signed: the document is approved. Its consumer publishes the document.</summary>
public sealed record DocumentSigned : DocumentEvent
{
    public required string RegisterNumber { get; init; }

    /// <summary>Null for a secret memo: its subject travels nowhere beyond the memo itself (ADR 23).</summary>
    public string? Subject { get; init; }

    public string? Note { get; init; }

    /// <summary>A secret memo is signed but not published; it is published when it is declassified (<see cref="DocumentDeclassified"/>).</summary>
    public bool Secret { get; init; }
}
