namespace Workflow.Contracts;

/// <summary>An approver refused the document; final.</summary>
public sealed record DocumentRefused : DocumentEvent
{
    public required int Step { get; init; }

    public required string Reason { get; init; }
}
