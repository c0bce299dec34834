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
}
