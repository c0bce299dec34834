using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Data;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>PDF attachments: the author adds them to a draft and removes them; every reader of the memo may download them.</summary>
public static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app, long maxBytes)
    {
        var api = app.MapGroup("/api/documents/{id:guid}/attachments").RequireAuthorization(ApiPolicy.Name).WithTags("Memos");

        api.MapPost("", (Guid id, int? version, HttpContext http, WorkflowDbContext db, MemoDrafts drafts, MemoAttachments attachments, AttachmentStore store) =>
            WithUser(http, db, async user =>
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
            .WithSummary("Attach a PDF (multipart/form-data, field 'file') to a draft or returned memo; ?version=n refuses it (409) if the memo has changed.");

        api.MapDelete("/{attachmentId:guid}", (Guid id, Guid attachmentId, int? version, HttpContext http, WorkflowDbContext db, MemoDrafts drafts) =>
            WithUser(http, db, async user =>
                (await drafts.RemoveAttachmentAsync(id, user, attachmentId, version, http.RequestAborted)).ToHttp(doc => Results.Ok(new { doc.Id, doc.Version }))))
            .WithSummary("Remove an attachment from a draft or returned memo (author only); ?version=n as for edits.");

        api.MapGet("/{attachmentId:guid}", (Guid id, Guid attachmentId, HttpContext http, WorkflowDbContext db, MemoQueries queries, AttachmentStore store) =>
            WithUser(http, db, async user =>
            {
                var found = await queries.FindReadableAsync(id, user, http.RequestAborted);
                var attachment = found?.Doc.Attachments.FirstOrDefault(a => a.Id == attachmentId);
                if (attachment is null)
                    return Failure.NotFound("Attachment").ToProblem();
                return Results.File(store.OpenRead(attachment.Sha256), attachment.ContentType, SafeFileName.From(attachment.FileName));
            }))
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
