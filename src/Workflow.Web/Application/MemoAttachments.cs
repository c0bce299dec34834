using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// Attaching a PDF to a memo, for the API and the pages alike: size, declared type, then the first bytes (in
/// <see cref="AttachmentStore"/>); the file is stored before the memo is touched, so a bad file changes nothing.
/// </summary>
public sealed class MemoAttachments(WorkflowDbContext db, AttachmentStore store, TimeProvider clock)
{
    public sealed record StoredPdf(string FileName, string Sha256, long Size);

    public async Task<Outcome<StoredPdf>> StoreAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > store.MaxBytes)
            return store.TooLarge();
        if (!string.Equals(file.ContentType, "application/pdf", StringComparison.OrdinalIgnoreCase))
            return new Failure(StatusCodes.Status415UnsupportedMediaType, "not-a-pdf", $"Only PDF files may be attached, not {file.ContentType}.", "file");
        await using var content = file.OpenReadStream();
        var saved = await store.SaveAsync(content, ct);
        if (!saved.Succeeded)
            return saved.Failure;
        return new StoredPdf(SafeFileName.From(file.FileName), saved.Value.Sha256, saved.Value.Size);
    }

    /// <summary>
    /// Adds the stored file to the (tracked) memo. Like any change to the memo it moves its version on, so an
    /// upload still streaming when the memo was submitted cannot land on a memo already with the approvers.
    /// </summary>
    public async Task<Outcome<Attachment>> AddAsync(Document doc, StoredPdf pdf, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var attachment = new Attachment
        {
            Id = Guid.NewGuid(),
            DocumentId = doc.Id,
            FileName = pdf.FileName,
            ContentType = "application/pdf",
            Size = pdf.Size,
            Sha256 = pdf.Sha256,
            UploadedAt = now,
        };
        db.Attachments.Add(attachment);
        doc.Version++;
        doc.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
            return attachment;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("The document was changed while the file was uploading. Reload and try again.");
        }
    }
}
