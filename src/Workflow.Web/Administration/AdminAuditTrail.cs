using Microsoft.EntityFrameworkCore;
using Workflow.Core.Audit;
using Workflow.Web.Data;

namespace Workflow.Web.Administration;

/// <summary>
/// Read side of the administration audit: the history of one subject (organisation, department, post, person,
/// assignment; the one way every admin page and the API read it), the latest changes, and the check of the whole chain.
/// </summary>
public sealed class AdminAuditTrail(WorkflowDbContext db)
{
    public async Task<IReadOnlyList<AdminAuditView>> HistoryAsync(string subjectKind, string subjectId, CancellationToken ct) =>
        Views(await db.AdminAudit.AsNoTracking().Where(a => a.SubjectKind == subjectKind && a.SubjectId == subjectId)
            .OrderByDescending(a => a.Sequence).ToListAsync(ct));

    /// <summary>The latest changes of subjects of these kinds (a list kept as rows, such as the holidays).</summary>
    public async Task<IReadOnlyList<AdminAuditView>> OfKindsAsync(IReadOnlyCollection<string> subjectKinds, int limit, CancellationToken ct) =>
        Views(await db.AdminAudit.AsNoTracking().Where(a => subjectKinds.Contains(a.SubjectKind))
            .OrderByDescending(a => a.Sequence).Take(limit).ToListAsync(ct));

    public async Task<IReadOnlyList<AdminAuditView>> LatestAsync(int limit, CancellationToken ct) =>
        Views(await db.AdminAudit.AsNoTracking().OrderByDescending(a => a.Sequence).Take(limit).ToListAsync(ct));

    public async Task<(int Entries, ChainBreak? Break)> VerifyAsync(CancellationToken ct)
    {
        var entries = await db.AdminAudit.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(ct);
        return (entries.Count, AdminAuditChain.Verify(entries.Select(e => (e.ToRecord(), e.PreviousHash, e.Hash))));
    }

    private static List<AdminAuditView> Views(List<AdminAuditEntry> entries) => entries.ConvertAll(AdminAuditView.Of);
}
