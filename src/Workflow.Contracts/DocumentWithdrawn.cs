namespace Workflow.Contracts;

/// <summary>The author withdrew the document before signature; final.</summary>
public sealed record DocumentWithdrawn : DocumentEvent
{
    public string? Reason { get; init; }
}
