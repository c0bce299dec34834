using Workflow.Core.Engine;

namespace Workflow.Core.Audit;

/// <summary>
/// The facts one audit entry attests to; its hash covers every field its <paramref name="Format"/> names and the
/// previous entry's hash (see <see cref="AuditChain"/>).
/// </summary>
/// <param name="OrderNumber">The order (คำสั่งที่ …) an acting or delegated person acted by; from format 2.</param>
/// <param name="PersonalTitle">The person's own position and level at the time (นิติกรชำนาญการ); from format 2.</param>
/// <param name="SecondFactor">Whether a fresh second factor confirmed the action (a signature); from format 3.</param>
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
    int Step,
    string? OrderNumber = null,
    string? PersonalTitle = null,
    int Format = AuditChain.FirstFormat,
    bool SecondFactor = false);
