using Workflow.Core.Audit;
using Workflow.Core.Engine;

namespace Workflow.Web.Data;

/// <summary>Append-only record of one action, chained to the previous entry of the same document.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Which fields the hash covers: 1 before order numbers and personal titles joined it, 3 with the second factor (see AuditChain).</summary>
    public int Format { get; set; } = 1;

    public Guid DocumentId { get; set; }

    public int Sequence { get; set; }

    public ActionKind Action { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public required string ActedFor { get; set; }

    public Capacity Capacity { get; set; }

    /// <summary>The order (คำสั่งที่ …) an acting person acted by, or the delegation's, when there is one.</summary>
    public string? OrderNumber { get; set; }

    /// <summary>The person's own position and level at the time (นิติกรชำนาญการ), printed under the name.</summary>
    public string? PersonalTitle { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Whether the action was confirmed with a fresh second factor (a signature: TOTP or a recovery code).</summary>
    public bool SecondFactor { get; set; }

    public string? Note { get; set; }

    /// <summary>The position an endorsement is addressed to (เรียน …); not part of the hash: derivable from the route.</summary>
    public string? AddressedTo { get; set; }

    public DocumentStatus FromStatus { get; set; }

    public DocumentStatus ToStatus { get; set; }

    public int Round { get; set; }

    public int Step { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public AuditRecord ToRecord() =>
        new(DocumentId, Sequence, Action, UserId, UserName, ActedFor, Capacity, At, Note, FromStatus, ToStatus, Round, Step, OrderNumber, PersonalTitle, Format, SecondFactor);

    public StoredAuditEntry ToStored() => new(ToRecord(), PreviousHash, Hash);
}
