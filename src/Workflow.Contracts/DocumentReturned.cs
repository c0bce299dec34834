namespace Workflow.Contracts;

/// <summary>An approver sent the document back to its author with a reason.</summary>
public sealed record DocumentReturned : DocumentEvent
{
    public required int Step { get; init; }

    public required string Reason { get; init; }
}
