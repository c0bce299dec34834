using Workflow.Core.Audit;
using Workflow.Core.Engine;

namespace Workflow.Web.Data;

/// <summary>Append-only record of one action, chained to the previous entry of the same document.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public int Sequence { get; set; }

    public ActionKind Action { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public required string ActedFor { get; set; }

    public Capacity Capacity { get; set; }

    public DateTimeOffset At { get; set; }

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
        new(DocumentId, Sequence, Action, UserId, UserName, ActedFor, Capacity, At, Note, FromStatus, ToStatus, Round, Step);

    public StoredAuditEntry ToStored() => new(ToRecord(), PreviousHash, Hash);
}
