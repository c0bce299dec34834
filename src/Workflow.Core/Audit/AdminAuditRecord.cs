namespace Workflow.Core.Audit;

/// <summary>The facts one administration audit entry attests to; its hash covers every field and the previous hash.</summary>
public sealed record AdminAuditRecord(
    int Sequence,
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    string SubjectKind,
    string SubjectId,
    string Action,
    string? Before,
    string? After);
