using Workflow.Core.Engine;

namespace Workflow.Core.Audit;

/// <summary>The facts one audit entry attests to; its hash covers every field and the previous entry's hash.</summary>
public sealed record AuditRecord(
    Guid DocumentId,
    int Sequence,
    ActionKind Action,
    string UserId,
    string UserName,
    string ActedFor,
    Capacity Capacity,
    DateTimeOffset At,
    string? Note,
    DocumentStatus FromStatus,
    DocumentStatus ToStatus,
    int Round,
    int Step);
