using Workflow.Web.Data;

namespace Workflow.Web.Administration;

/// <summary>
/// One administration change as the API and the pages show it, for every subject alike; before and after are the JSON
/// the hash covers, as stored.
/// </summary>
public sealed record AdminAuditView(int Sequence, DateTimeOffset At, string ActorId, string ActorName, string SubjectKind,
    string SubjectId, string Action, string? Before, string? After, string Hash)
{
    public static AdminAuditView Of(AdminAuditEntry e) =>
        new(e.Sequence, e.At, e.ActorId, e.ActorName, e.SubjectKind, e.SubjectId, e.Action, e.Before, e.After, e.Hash);
}
