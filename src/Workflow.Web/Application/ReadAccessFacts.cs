using Microsoft.EntityFrameworkCore;
using Workflow.Core.Engine;
using Workflow.Core.Routes;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>What Core's <see cref="ReadAccess"/> needs from the database beyond the document itself.</summary>
public static class ReadAccessFacts
{
    /// <summary>
    /// Whether the audit names this person on the document; asked only when their posts today do not already let them
    /// read it, so the usual reader (author, a post the memo reached) costs no query.
    /// </summary>
    public static async Task<bool> ActedOnItAsync(this WorkflowDbContext db, Document doc, RouteDefinition route, Actor actor, CancellationToken ct) =>
        !ReadAccess.CanRead(route, doc.AuthorId, doc.HighestStepReached, actor)
        && await db.AuditEntries.AnyAsync(a => a.DocumentId == doc.Id && a.UserId == actor.UserId, ct);
}
