using Microsoft.AspNetCore.Mvc;
using Workflow.Core.Engine;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Memos;

/// <summary>Edit a draft, or a memo returned to its author, then save it or (re)submit it.</summary>
public sealed class EditModel(MemoDrafts drafts, MemoActions actions, MemoQueries queries) : MemoPageModel
{
    [BindProperty]
    public MemoInput Input { get; set; } = new();

    public DocumentView? Memo { get; private set; }

    /// <summary>Why the memo came back, when it did: the author edits with the reason in view.</summary>
    public HistoryEntryView? ReturnNote => Memo?.Status == nameof(DocumentStatus.Returned)
        ? Memo.History.LastOrDefault(h => h.Action == nameof(ActionKind.Return))
        : null;

    public async Task<IActionResult> OnGetAsync(Guid id, string? problem, CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        var editable = await drafts.FindEditableAsync(id, user, null, ct);
        if (!editable.Succeeded)
            return Fail(editable.Failure);
        if (!await LoadAsync(id, user, ct))
            return Fail(Failure.NotFound("Document"));
        Input = MemoInput.From(Memo!);
        if (problem is not null)
            return Fail(new Failure(StatusCodes.Status409Conflict, problem, problem));
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) => WriteAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => WriteAsync(id, submit: true, ct);

    private async Task<IActionResult> WriteAsync(Guid id, bool submit, CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        if (!await LoadAsync(id, user, ct))
            return Fail(Failure.NotFound("Document"));
        if (!ModelState.IsValid)
            return Invalid();

        var updated = await drafts.UpdateAsync(id, user, Input.ToFields(), Input.Version, Input.File, ct);
        if (!updated.Succeeded)
            return Fail(updated.Failure);
        var doc = updated.Value;
        if (!submit)
            return RedirectToPage("/Memos/Memo", new { id, done = "Save" });
        var submitted = await actions.ActAsync(id, user, ActionKind.Submit, null, doc.Version, ct);
        return submitted.Succeeded
            ? RedirectToPage("/Memos/Memo", new { id, done = nameof(ActionKind.Submit) })
            : Fail(submitted.Failure);
    }

    /// <summary>Takes one attachment off the memo (its own small form beside the file, with the version the page showed).</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid attachmentId, int? version, CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        var removed = await drafts.RemoveAttachmentAsync(id, user, attachmentId, version, ct);
        if (removed.Succeeded)
            return RedirectToPage("/Memos/Edit", new { id });
        if (await LoadAsync(id, user, ct))
            Input = MemoInput.From(Memo!);
        return Fail(removed.Failure);
    }

    private async Task<bool> LoadAsync(Guid id, CurrentUser user, CancellationToken ct)
    {
        var view = await queries.DocumentAsync(id, user, ct);
        Memo = view.Value;
        return view.Succeeded;
    }
}
