namespace Workflow.Contracts;

/// <summary>
/// Common shape of every event in a document's life. Consumers that keep a journal subscribe to this
/// interface; MassTransit publishes each concrete event to it as well.
/// </summary>
public interface IDocumentEvent
{
    Guid DocumentId { get; }

    /// <summary>The audit entry this event was written with (1, 2, 3 … per document).</summary>
    int Sequence { get; }

    DateTimeOffset OccurredAt { get; }

    string ActorUserId { get; }

    string ActorName { get; }

    /// <summary>The position (route step key) the actor acted for.</summary>
    string ActedFor { get; }

    /// <summary>"Self", "Acting" (รักษาราชการแทน) or "Delegated" (ปฏิบัติราชการแทน).</summary>
    string Capacity { get; }

    /// <summary>The order (คำสั่งที่ …) an acting or delegated actor acted by; null for a holder, or a delegation without one.</summary>
    string? OrderNumber { get; }
}
