using Microsoft.EntityFrameworkCore;
using Workflow.Core.Engine;
using Workflow.Web.Data;

namespace Workflow.Web.Public;

/// <summary>
/// Signed memos that may be published and are not yet: normally none for more than a moment. One stays here when its
/// seal could not be made (an expired certificate) or its consumer failed; it is tried again until it is published.
/// </summary>
public static class WaitingPublications
{
    public static IQueryable<Document> In(WorkflowDbContext db) =>
        db.Documents.AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Signed && d.Secrecy == Workflow.Core.Classification.Secrecy.None)
            .Where(d => !db.Publications.Any(p => p.DocumentId == d.Id));
}
