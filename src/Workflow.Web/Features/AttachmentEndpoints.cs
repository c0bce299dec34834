using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>PDF attachments: the author adds them to a draft and removes them; every reader of the memo may download them.</summary>
public static class AttachmentEndpoints
{
    /// <summary>The form an upload sends, for the OpenAPI document: the handler reads it itself, after the checks that need no file.</summary>
    public sealed record UploadForm(IFormFile File);

    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app, long maxBytes)
    {
        var api = app.MapGroup("/api/documents/{id:guid}/attachments").RequireAuthorization(ApiPolicy.Name).WithTags("Memos")
            .ProducesSessionProblems().ProducesStorageProblem();

        api.MapPost("", (Guid id, int? version, HttpContext http, MemoDrafts drafts, MemoAttachments attachments, AttachmentStore store) =>
            WithUser(http, async user =>
            {
                if (!http.Request.HasFormContentType)
                    return new Failure(StatusCodes.Status415UnsupportedMediaType, "multipart-required", "Send the file as multipart/form-data in a field named 'file'.", "file").ToProblem();
                if (http.Request.ContentLength > store.MaxBytes + 64 * 1024)
                    return store.TooLarge().ToProblem();
                // Everything that can refuse without the file is asked before the body is read.
                var found = await drafts.FindEditableAsync(id, user, version, http.RequestAborted);
                if (!found.Succeeded)
                    return found.Failure.ToProblem();
                if (attachments.CheckRoom(found.Value, 1) is { } full)
                    return full.ToProblem();
                var form = await ReadFormAsync(http);
                if (form is null)
                    return Failure.Invalid("file", "The multipart/form-data body is malformed (no boundary, or cut short).").ToProblem();
                var file = form.Files.GetFile("file");
                if (file is null)
                    return Failure.Invalid("file", "Send the file in a form field named 'file'.").ToProblem();
                var staged = await attachments.StageAsync(found.Value, file, http.RequestAborted);
                if (!staged.Succeeded)
                    return staged.Failure.ToProblem();
                using var pdf = staged.Value;
                var added = await attachments.AttachAsync(found.Value, pdf, http.RequestAborted);
                if (!added.Succeeded)
                    return added.Failure.ToProblem();
                var attachment = added.Value;
                var url = $"/api/documents/{id}/attachments/{attachment.Id}";
                return Results.Created(url, new AttachmentView(attachment.Id, attachment.FileName, attachment.Size, attachment.Sha256, url));
            }))
            .DisableAntiforgery() // API calls authenticate with a bearer token, never a cookie: there is no cross-site form to forge.
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + 64 * 1024))
            .WithName("AddAttachment").DocumentsForm<UploadForm>().Produces<AttachmentView>(StatusCodes.Status201Created)
            .ProducesMemoChangeProblems().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Attach a PDF (multipart/form-data, field 'file') to a draft or returned memo; ?version=n refuses it (409) if the memo has changed.");

        api.MapDelete("/{attachmentId:guid}", (Guid id, Guid attachmentId, int? version, HttpContext http, MemoDrafts drafts) =>
            WithUser(http, async user =>
                (await drafts.RemoveAttachmentAsync(id, user, attachmentId, version, http.RequestAborted)).ToHttp(doc => Results.Ok(new DocumentVersion(doc.Id, doc.Version)))))
            .WithName("RemoveAttachment").Produces<DocumentVersion>().ProducesMemoChangeProblems()
            .WithSummary("Remove an attachment from a draft or returned memo (author only); ?version=n as for edits.");

        api.MapGet("/{attachmentId:guid}", (Guid id, Guid attachmentId, HttpContext http, MemoQueries queries, AttachmentSealing files) =>
            WithUser(http, async user =>
            {
                var found = await queries.FindReadableAsync(id, user, http.RequestAborted);
                var attachment = found?.Doc.Attachments.FirstOrDefault(a => a.Id == attachmentId);
                if (attachment is null)
                    return Failure.NotFound("Attachment").ToProblem();
                return Results.File(await files.OpenReadAsync(attachment, http.RequestAborted), attachment.ContentType, SafeFileName.From(attachment.FileName));
            }))
            .WithName("DownloadAttachment").ProducesFile(AttachmentStore.PdfContentType).ProducesNotFound()
            .WithSummary("Download an attachment of a memo you may read.");
    }

    /// <summary>
    /// The form, or null when the body is not valid multipart: a missing boundary throws InvalidDataException, a body
    /// cut short a plain IOException (HResult COR_E_IO). A full disk while the form is buffered carries the errno as
    /// HResult instead and stays a storage failure (503).
    /// </summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http)
    {
        const int CorEIo = unchecked((int)0x80131620);
        try
        {
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException { HResult: CorEIo } && !http.RequestAborted.IsCancellationRequested))
        {
            return null;
        }
    }
}
