namespace Workflow.Contracts;

/// <summary>The author sent the document on its route (first submission or resubmission after a return).</summary>
public sealed record DocumentSubmitted : DocumentEvent
{
    public required string RegisterNumber { get; init; }

    public required string Subject { get; init; }

    public required string RouteId { get; init; }

    public required int Round { get; init; }

    /// <summary>The position the document now waits for.</summary>
    public required string NextPosition { get; init; }
}
