namespace Workflow.Contracts;

/// <summary>
/// The fields every document event carries; see <see cref="IDocumentEvent"/>. Not marked required so that
/// the producer can stamp them once, with a <c>with</c> expression, whatever the concrete event.
/// </summary>
public abstract record DocumentEvent : IDocumentEvent
{
    public Guid DocumentId { get; init; }

    public int Sequence { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string ActorUserId { get; init; } = "";

    public string ActorName { get; init; } = "";

    public string ActedFor { get; init; } = "";

    public string Capacity { get; init; } = "";

    public string? OrderNumber { get; init; }
}
