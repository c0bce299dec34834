using MassTransit;
using Microsoft.EntityFrameworkCore;
using Workflow.Contracts;
using Workflow.Web.Data;
using Workflow.Web.Public;

namespace Workflow.Web.Messaging;

/// <summary>
/// The mayor's signature publishes the memo: take the frozen snapshot, make it public, announce DocumentPublished.
/// Exactly one publication per document, however often DocumentSigned arrives (unique index on DocumentId).
/// </summary>
public sealed class DocumentSignedConsumer(WorkflowDbContext db, SnapshotBuilder snapshots, TimeProvider clock, ILogger<DocumentSignedConsumer> log)
    : IConsumer<DocumentSigned>
{
    public async Task Consume(ConsumeContext<DocumentSigned> context)
    {
        var documentId = context.Message.DocumentId;
        var publication = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.DocumentId == documentId, context.CancellationToken)
            ?? await PublishAsync(documentId, context.CancellationToken);
        if (publication is null)
        {
            log.LogWarning("DocumentSigned for {DocumentId}, but no signed document exists: nothing published", documentId);
            return;
        }

        // Announced again on a redelivery: a crash between the insert and this publish must not lose the event.
        await context.Publish(new DocumentPublished
        {
            DocumentId = documentId,
            PublicationId = publication.Id,
            RegisterNumber = publication.RegisterNumber,
            SnapshotHash = publication.SnapshotHash,
            PublishedAt = publication.PublishedAt,
        });
    }

    private async Task<Publication?> PublishAsync(Guid documentId, CancellationToken ct)
    {
        if (await snapshots.BuildAsync(documentId, ct) is not var (memo, json, hash))
            return null;
        var publication = new Publication
        {
            Id = Guid.CreateVersion7(),
            DocumentId = documentId,
            RegisterNumber = memo.RegisterNumber,
            Subject = memo.Subject,
            SignedAt = memo.SignedAt,
            PublishedAt = clock.GetUtcNow(),
            Snapshot = json,
            SnapshotHash = hash,
        };
        db.Publications.Add(publication);
        try
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("Published {RegisterNumber} ({DocumentId}) {Latency} ms after signature",
                memo.RegisterNumber, documentId, (publication.PublishedAt - memo.SignedAt).TotalMilliseconds);
            return publication;
        }
        catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            // A concurrent delivery published first; use its publication.
            db.ChangeTracker.Clear();
            return await db.Publications.AsNoTracking().FirstAsync(p => p.DocumentId == documentId, ct);
        }
    }
}
