using Microsoft.EntityFrameworkCore;
using Workflow.Contracts;
using Workflow.Core.Classification;
using Workflow.Web.Data;
using Workflow.Web.Messaging;
using Workflow.Web.Sealing;
using Workflow.Web.Telemetry;

namespace Workflow.Web.Public;

/// <summary>
/// The one publication path, taken at signature and at declassification: the frozen snapshot goes public and
/// DocumentPublished is announced. Exactly one publication per document, however often it is asked (unique index on
/// DocumentId). The announcement goes into the outbox in the publication's own transaction, so it is sent once, after
/// commit, by the dispatcher; nothing here waits on the broker (ADR 7). A secret memo is never published (ADR 23).
/// The sealed PDF is made and stored before the row: a crash in between leaves at most an unreferenced file, and the
/// next delivery (or PublicationRetry) makes the publication (ADR 29). Deliveries of one document take turns
/// (<see cref="PublicationLock"/>), so the one that comes second finds the publication instead of sealing again (ADR 34).
/// </summary>
public sealed class DocumentPublisher(WorkflowDbContext db, SnapshotBuilder snapshots, PublicationPdf pdfs, OutboxSignal outbox,
    PublicationLock turns, TimeProvider clock, WorkflowMetrics metrics, ILogger<DocumentPublisher> log)
{
    /// <param name="trigger">The event that asked, for the logs.</param>
    public async Task PublishAsync(Guid documentId, string trigger, CancellationToken ct)
    {
        await using var turn = await turns.TakeAsync(db, documentId, ct);
        if (await db.Publications.AnyAsync(p => p.DocumentId == documentId, ct))
        {
            log.LogInformation("{Trigger} for {DocumentId} again: already published", trigger, documentId);
            return;
        }

        var secrecy = await db.Documents.Where(d => d.Id == documentId).Select(d => (Secrecy?)d.Secrecy).FirstOrDefaultAsync(ct);
        if (secrecy is { } s && !SecrecyRules.MayPublish(s))
        {
            log.LogInformation("{Trigger} for {DocumentId}: signed, not published (secret)", trigger, documentId);
            return;
        }

        if (await snapshots.BuildAsync(documentId, ct) is not var (memo, json, hash))
        {
            log.LogWarning("{Trigger} for {DocumentId}, but no signed document exists: nothing published", trigger, documentId);
            return;
        }

        StoredPdf pdf;
        try
        {
            pdf = await pdfs.MakeAsync(memo, ct);
        }
        catch (SealUnavailableException e)
        {
            // Never published unsealed: it waits, shown in /health, and PublicationRetry tries again.
            log.LogWarning("{Trigger} for {DocumentId}: not published yet, the seal cannot be made: {Reason}", trigger, documentId, e.Message);
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
            Urgency = memo.Urgency,
            PdfFile = pdf.Sha256 + ".pdf",
            PdfSha256 = pdf.Sha256,
            PdfSize = pdf.Size,
            SealedBy = pdf.SealedBy,
            SealedAt = pdf.SealedAt,
            SecondFactor = memo.Chain.LastOrDefault(a => a.Action == nameof(Workflow.Core.Engine.ActionKind.Sign))?.SecondFactor == true,
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
        catch (DbUpdateException e) when (Data.DatabaseErrors.IsUniqueViolation(e))
        {
            // A concurrent delivery published first, with its own announcement.
            log.LogInformation("{Trigger} for {DocumentId}: a concurrent delivery published it", trigger, documentId);
            return;
        }

        outbox.Wake();
        metrics.Published(publication.PublishedAt - memo.SignedAt);
        log.LogInformation("Published {RegisterNumber} ({DocumentId}) {Latency} ms after signature",
            memo.RegisterNumber, documentId, (publication.PublishedAt - memo.SignedAt).TotalMilliseconds);
    }
}
