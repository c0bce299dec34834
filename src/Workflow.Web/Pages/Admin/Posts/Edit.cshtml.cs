using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;

namespace Workflow.Web.Pages.Admin.Posts;

/// <summary>One post: retitle it, give or take its register right, remove it while nothing names it; and its audited history.</summary>
public sealed class EditModel(PostCatalogue catalogue, AdminAuditTrail trail) : AdminPageModel
{
    [BindProperty]
    public PostInput Input { get; set; } = new();

    public PostView? Post { get; private set; }

    public IReadOnlyList<AdminAuditView> History { get; private set; } = [];

    /// <summary>"created" or "saved" after the redirect, to confirm it.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct))
            return NotFound();
        Input = new PostInput
        {
            TitleTh = Post!.TitleTh, TitleEn = Post.TitleEn, MemoTitle = Post.MemoTitle, MayReadRegister = Post.MayReadRegister,
            MaySeeTimeInPost = Post.MaySeeTimeInPost, Version = Post.Version,
        };
        Done = done is "created" or "saved" ? done : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await LoadAsync(key, ct) ? Invalid() : NotFound();
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        var updated = await catalogue.UpdateAsync(key, Input with { Key = null }, by, ct);
        if (updated.Succeeded)
            return RedirectToPage(new { key, done = "saved" });
        return await LoadAsync(key, ct) ? Fail(updated.Failure) : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken ct)
    {
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        var removed = await catalogue.RemoveAsync(key, Input.Version, by, ct);
        if (removed.Succeeded)
            return RedirectToPage("/Admin/Posts/Index", new { deleted = key });
        if (!await LoadAsync(key, ct))
            return NotFound();
        Input = Input with { TitleTh = Post!.TitleTh, TitleEn = Post.TitleEn, MemoTitle = Post.MemoTitle, MayReadRegister = Post.MayReadRegister,
            MaySeeTimeInPost = Post.MaySeeTimeInPost };
        ModelState.Clear();
        return Fail(removed.Failure);
    }

    private async Task<bool> LoadAsync(string key, CancellationToken ct)
    {
        Post = await catalogue.FindAsync(key, ct);
        if (Post is not null)
            History = await trail.HistoryAsync(PostCatalogue.Subject, key, ct);
        return Post is not null;
    }

    // The version travels as a hidden field; a stale one is reported next to the form as a whole.
    protected override string FieldKey(string field) => field == "version" ? "" : base.FieldKey(field);
}
