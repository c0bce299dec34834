using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Pages.Memos;

/// <summary>
/// A PDF chosen in the memo form: the same checks as the API (size, declared type, then the first bytes in
/// <see cref="AttachmentStore"/>), stored before the memo is written so a bad file changes nothing.
/// </summary>
public sealed class AttachPdf(WorkflowDbContext db, AttachmentStore store, TimeProvider clock)
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

    /// <summary>Adds the stored file to the (tracked) memo; like any change to the memo, it moves its version on.</summary>
    public async Task<Failure?> AddAsync(Document doc, StoredPdf pdf, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.Attachments.Add(new Attachment
        {
            Id = Guid.NewGuid(),
            DocumentId = doc.Id,
            FileName = pdf.FileName,
            ContentType = "application/pdf",
            Size = pdf.Size,
            Sha256 = pdf.Sha256,
            UploadedAt = now,
        });
        doc.Version++;
        doc.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("The document was changed while the file was uploading. Reload and try again.");
        }
    }
}
