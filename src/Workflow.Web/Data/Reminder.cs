using Workflow.Core.Deadlines;

namespace Workflow.Web.Data;

/// <summary>
/// One planned reminder of a memo's current wait (due soon, overdue, escalation), written in the transaction that
/// moved the memo and deleted in the one that moves it on. A dispatcher claims a due row atomically
/// (ClaimToken, ClaimedUntil), so with several instances each row is sent exactly once, and a dead claimant's row
/// lapses to the next one.
/// </summary>
public sealed class Reminder
{
    public long Id { get; set; }

    /// <summary>The notification's event id: the in-app and mail rows it writes are keyed by it, so a retry writes nothing twice.</summary>
    public Guid EventId { get; set; }

    public Guid DocumentId { get; set; }

    public ReminderKind Kind { get; set; }

    /// <summary>Whose holders (and acting or delegated persons) are told: the waiting post, or the one escalated to.</summary>
    public required string Post { get; set; }

    /// <summary>When it is due to be sent.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The wait it belongs to: the document's round and step when it was planned.</summary>
    public int Round { get; set; }

    public int Step { get; set; }

    public Guid? ClaimToken { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }
}
