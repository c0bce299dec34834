using Workflow.Core.Audit;

namespace Workflow.Web.Data;

/// <summary>One administration change (who, when, what, before and after), chained by SHA-256 to the one before it.</summary>
public sealed class AdminAuditEntry
{
    public long Id { get; set; }

    public int Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorId { get; set; }

    public required string ActorName { get; set; }

    /// <summary>What kind of thing changed: Organisation, Department, Post, Person, Assignment, Register.</summary>
    public required string SubjectKind { get; set; }

    public required string SubjectId { get; set; }

    /// <summary>Created, Updated, Deactivated, Reactivated, Ended, PasswordSet, …</summary>
    public required string Action { get; set; }

    /// <summary>The subject as JSON before the change; null when it was created.</summary>
    public string? Before { get; set; }

    /// <summary>The subject as JSON after the change; null when it was deleted.</summary>
    public string? After { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public AdminAuditRecord ToRecord() => new(Sequence, At, ActorId, ActorName, SubjectKind, SubjectId, Action, Before, After);
}
