namespace Workflow.Contracts;

/// <summary>The author sent the document on its route (first submission or resubmission after a return).</summary>
public sealed record DocumentSubmitted : DocumentEvent
{
    public required string RegisterNumber { get; init; }

    /// <summary>Null for a secret memo: its subject travels nowhere beyond the memo itself (ADR 23).</summary>
    public string? Subject { get; init; }

    public required string RouteId { get; init; }

    public required int Round { get; init; }

    /// <summary>The position the document now waits for.</summary>
    public required string NextPosition { get; init; }
}
