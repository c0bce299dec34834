namespace Workflow.Web.Data;

/// <summary>
/// One e-mail to send, written with the in-app notification in the same transaction; claimed atomically by a sender,
/// so two instances never send it twice, and retried with back-off while SMTP is down.
/// </summary>
public sealed class MailOutboxEntry
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public required string RecipientId { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not sent before this instant (now, or after a failed attempt, later).</summary>
    public DateTimeOffset DueAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The claim of the sender working on it; its claim lapses at <see cref="ClaimedUntil"/> if that sender dies.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The SMTP failure of the last attempt (never credentials).</summary>
    public string? LastError { get; set; }
}
