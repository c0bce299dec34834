using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Core.Classification;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Application;

/// <summary>
/// A memo's PDF attachments, for the API and the pages alike. The caller has already found the memo editable by
/// this user; only then is the file read (size, declared type, room left on the memo, first bytes), and it takes its
/// place in the attachments folder in the same step as the row that references it (ADR 11).
/// </summary>
public sealed class MemoAttachments(WorkflowDbContext db, AttachmentStore store, AttachmentSealing sealing, IOptions<StorageOptions> options, TimeProvider clock)
{
    /// <summary>A checked, hashed upload waiting to be attached; disposing it removes whatever was not attached.</summary>
    public sealed record StagedPdf(string FileName, StagedFile Content) : IDisposable
    {
        public void Dispose() => Content.Dispose();
    }

    private StorageOptions Limits => options.Value;

    /// <summary>
    /// Whether the memo has room for a file of this size. Counted on the memo as loaded: its version moves on with
    /// every attachment, so two uploads that both saw room cannot both commit.
    /// </summary>
    public Failure? CheckRoom(Document doc, long incomingBytes)
    {
        if (doc.Attachments.Count >= Limits.MaxAttachmentsPerDocument)
            return new Failure(StatusCodes.Status413PayloadTooLarge, "too-many-attachments",
                $"A memo may carry at most {Limits.MaxAttachmentsPerDocument} attachments; remove one first.", "file");
        var total = doc.Attachments.Sum(a => a.Size) + incomingBytes;
        if (total > Limits.MaxAttachmentBytesPerDocument)
            return new Failure(StatusCodes.Status413PayloadTooLarge, "attachments-too-large",
                $"A memo's attachments may take at most {Limits.MaxAttachmentBytesPerDocument / (1024 * 1024.0):0.#} MB in all; this file would make {total / (1024 * 1024.0):0.#} MB.", "file");
        return null;
    }

    public async Task<Outcome<StagedPdf>> StageAsync(Document doc, IFormFile file, CancellationToken ct)
    {
        if (file.Length > store.MaxBytes)
            return store.TooLarge();
        if (!string.Equals(file.ContentType, "application/pdf", StringComparison.OrdinalIgnoreCase))
            return new Failure(StatusCodes.Status415UnsupportedMediaType, "not-a-pdf", $"Only PDF files may be attached, not {file.ContentType}.", "file");
        if (CheckRoom(doc, file.Length) is { } full)
            return full;
        await using var content = file.OpenReadStream();
        var staged = await store.StageAsync(content, ct);
        if (!staged.Succeeded)
            return staged.Failure;
        return new StagedPdf(SafeFileName.From(file.FileName), staged.Value);
    }

    /// <summary>Checks and stages the file, then saves the (tracked) memo with it: nothing is saved when the file is refused.</summary>
    public async Task<Outcome<Document>> SaveWithFileAsync(Document doc, IFormFile file, CancellationToken ct)
    {
        var staged = await StageAsync(doc, file, ct);
        if (!staged.Succeeded)
            return staged.Failure;
        using var pdf = staged.Value;
        var attached = await AttachAsync(doc, pdf, ct);
        return attached.Succeeded ? doc : attached.Failure;
    }

    /// <summary>
    /// Adds the staged file to the (tracked) memo and saves the memo with it, new or edited. Like any change to the
    /// memo it moves its version on, so an upload still streaming when the memo was submitted cannot land on a memo
    /// already with the approvers.
    /// </summary>
    public async Task<Outcome<Attachment>> AttachAsync(Document doc, StagedPdf pdf, CancellationToken ct)
    {
        if (CheckRoom(doc, pdf.Content.Size) is { } full)
            return full;
        // A secret memo's file is encrypted before it takes its place: the plaintext never has a name in the store.
        using var sealedFile = SecrecyRules.IsSecret(doc.Secrecy) ? await sealing.SealAsync(pdf.Content, ct) : null;
        return await store.PlaceAsync<Attachment>(sealedFile?.File ?? pdf.Content, async () =>
        {
            var attachment = new Attachment
            {
                Id = Guid.NewGuid(),
                DocumentId = doc.Id,
                FileName = pdf.FileName,
                ContentType = "application/pdf",
                Size = pdf.Content.Size,
                Sha256 = pdf.Content.Sha256,
                StoredAs = sealedFile?.File.Sha256,
                SealedKey = sealedFile?.ProtectedKey,
                UploadedAt = clock.GetUtcNow(),
            };
            db.Attachments.Add(attachment);
            var saved = await SaveAsync(doc, "The document was changed while the file was uploading. Reload and try again.", ct);
            return saved is null ? attachment : (Outcome<Attachment>)saved;
        }, ct);
    }

    /// <summary>
    /// A draft given a secrecy class after its files were attached: each plain file is sealed like a new upload to a
    /// secret memo, its row switched to the sealed file in one save, and the plain file removed unless another memo
    /// holds the same file (ADR 23).
    /// </summary>
    public async Task<Failure?> SealPlainFilesAsync(Document doc, CancellationToken ct)
    {
        foreach (var attachment in doc.Attachments.Where(a => a.SealedKey is null).ToList())
        {
            var plainName = attachment.StoredName;
            using var plain = await store.StageBytesAsync(await File.ReadAllBytesAsync(store.PathFor(plainName), ct), ct);
            using var sealedFile = await sealing.SealAsync(plain, ct);
            var placed = await store.PlaceAsync<Attachment>(sealedFile.File, async () =>
            {
                attachment.StoredAs = sealedFile.File.Sha256;
                attachment.SealedKey = sealedFile.ProtectedKey;
                var saved = await SaveAsync(doc, "The document was changed at the same moment. Reload and try again.", ct);
                return saved is null ? attachment : (Outcome<Attachment>)saved;
            }, ct);
            if (!placed.Succeeded)
                return placed.Failure;
            await DeleteIfUnreferencedAsync(plainName, ct);
        }

        return null;
    }

    /// <summary>Takes an attachment off the (tracked, editable) memo; its file goes too unless another memo holds the same file.</summary>
    public async Task<Outcome<Document>> RemoveAsync(Document doc, Guid attachmentId, CancellationToken ct)
    {
        var attachment = doc.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null)
            return Failure.NotFound("Attachment");
        db.Attachments.Remove(attachment);
        if (await SaveAsync(doc, "The document was changed at the same moment. Reload and try again.", ct) is { } conflict)
            return conflict;
        await DeleteIfUnreferencedAsync(attachment.StoredName, ct);
        return doc;
    }

    private Task<int> DeleteIfUnreferencedAsync(string storedName, CancellationToken ct) =>
        store.DeleteUnreferencedAsync([store.PathFor(storedName)], async () =>
            await db.Attachments.AsNoTracking().AnyAsync(a => (a.StoredAs ?? a.Sha256) == storedName, ct)
                ? new HashSet<string> { storedName }
                : new HashSet<string>(), olderThan: null, ct);

    private async Task<Failure?> SaveAsync(Document doc, string conflict, CancellationToken ct)
    {
        doc.Version++;
        doc.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(conflict);
        }
    }
}
