using MassTransit;
using Microsoft.EntityFrameworkCore;
using Workflow.Contracts;
using Workflow.Web.Data;
using Workflow.Web.Public;

namespace Workflow.Web.Messaging;

/// <summary>
/// The mayor's signature publishes the memo: take the frozen snapshot, make it public, announce DocumentPublished.
/// Exactly one publication per document, however often DocumentSigned arrives (unique index on DocumentId).
/// The announcement goes into the outbox in the publication's own transaction, so it is sent once, after commit,
/// by the dispatcher. The consumer itself never waits on the broker: a consumer stuck in a publish while the
/// connection died kept MassTransit from restarting its receive endpoint, which then had no consumer at all
/// once the broker was back (found by the broker-outage fault test).
/// </summary>
public sealed class DocumentSignedConsumer(WorkflowDbContext db, SnapshotBuilder snapshots, OutboxSignal outbox, TimeProvider clock,
    ILogger<DocumentSignedConsumer> log)
    : IConsumer<DocumentSigned>
{
    public async Task Consume(ConsumeContext<DocumentSigned> context)
    {
        var documentId = context.Message.DocumentId;
        var ct = context.CancellationToken;
        if (await db.Publications.AnyAsync(p => p.DocumentId == documentId, ct))
        {
            log.LogInformation("DocumentSigned for {DocumentId} again: already published", documentId);
            return;
        }

        if (await snapshots.BuildAsync(documentId, ct) is not var (memo, json, hash))
        {
            log.LogWarning("DocumentSigned for {DocumentId}, but no signed document exists: nothing published", documentId);
            return;
        }

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
        db.Enqueue(documentId, new DocumentPublished
        {
            DocumentId = documentId,
            PublicationId = publication.Id,
            RegisterNumber = publication.RegisterNumber,
            SnapshotHash = publication.SnapshotHash,
            PublishedAt = publication.PublishedAt,
        }, publication.PublishedAt);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            // A concurrent delivery published first, with its own announcement.
            log.LogInformation("DocumentSigned for {DocumentId}: a concurrent delivery published it", documentId);
            return;
        }

        outbox.Wake();
        log.LogInformation("Published {RegisterNumber} ({DocumentId}) {Latency} ms after signature",
            memo.RegisterNumber, documentId, (publication.PublishedAt - memo.SignedAt).TotalMilliseconds);
    }
}
