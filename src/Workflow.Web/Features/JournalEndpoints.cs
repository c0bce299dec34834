using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Data;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>The message journal of a document: every event as the bus delivered it.</summary>
public static class JournalEndpoints
{
    public sealed record JournalEntryView(Guid MessageId, string Type, int Sequence, DateTimeOffset? SentAt, DateTimeOffset ConsumedAt);

    public static void MapJournalEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/documents/{id:guid}/messages", (Guid id, HttpContext http, WorkflowDbContext db, MemoQueries queries) =>
            WithUser(http, async user =>
            {
                if (await queries.FindReadableAsync(id, user, http.RequestAborted) is null)
                    return Failure.NotFound("Document").ToProblem();
                var entries = await db.MessageJournal.AsNoTracking().Where(j => j.DocumentId == id)
                    .OrderBy(j => j.Sequence).ThenBy(j => j.Id)
                    .Select(j => new JournalEntryView(j.MessageId, j.Type, j.Sequence, j.SentAt, j.ConsumedAt))
                    .ToListAsync(http.RequestAborted);
                return Results.Ok(entries);
            }))
            .RequireAuthorization(ApiPolicy.Name).WithTags("Memos").WithName("ListDocumentMessages")
            .Produces<List<JournalEntryView>>().ProducesSessionProblems().ProducesNotFound().ProducesStorageProblem()
            .WithSummary("Every event of this document received from the bus, with message id, time sent and time consumed.");
}
