namespace Workflow.Web.Data;

/// <summary>An event written in the same transaction as the state change, published after commit.</summary>
public sealed class OutboxMessage
{
    /// <summary>Autoincrement: the publishing order.</summary>
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>Contract type name, e.g. "DocumentSigned".</summary>
    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// The instance dispatching this row holds it until <see cref="ClaimedUntil"/>: with several instances a row is
    /// published by one at a time, and the rows of a killed instance lapse to the next claimant (ADR 33).
    /// </summary>
    public Guid? ClaimToken { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>W3C traceparent of the request that wrote the event, so its trace continues through the broker.</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(55)]
    public string? TraceParent { get; set; }
}
