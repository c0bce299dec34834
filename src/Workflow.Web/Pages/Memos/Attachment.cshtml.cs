using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Memos;

/// <summary>Downloads an attachment for a signed-in reader of the memo (the API's download takes bearer tokens only).</summary>
public sealed class AttachmentModel(MemoQueries queries, AttachmentSealing files) : MemoPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        var found = await queries.FindReadableAsync(id, user, ct);
        var attachment = found?.Doc.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null)
            return Fail(Failure.NotFound("Attachment"));
        return File(await files.OpenReadAsync(attachment, ct), attachment.ContentType, SafeFileName.From(attachment.FileName));
    }
}
