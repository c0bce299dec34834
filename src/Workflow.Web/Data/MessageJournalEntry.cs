namespace Workflow.Web.Data;

/// <summary>One document event as received from the bus; the message id makes a redelivery a no-op.</summary>
public sealed class MessageJournalEntry
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public Guid DocumentId { get; set; }

    public required string Type { get; set; }

    public int Sequence { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset ConsumedAt { get; set; }
}
