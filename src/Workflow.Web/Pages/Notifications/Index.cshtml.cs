using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Notifications;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Notifications;

/// <summary>My notifications, newest first, each linking to its memo; mark one or all as read.</summary>
public sealed class IndexModel(NotificationInbox inbox) : MemoPageModel
{
    public NotificationList List { get; private set; } = new(0, []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } me)
            return SignInAgain();
        List = await inbox.ListAsync(me.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } me)
            return SignInAgain();
        if (await inbox.MarkReadAsync(me.Id, id, ct) is { } failure)
        {
            List = await inbox.ListAsync(me.Id, ct);
            return Fail(failure);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } me)
            return SignInAgain();
        await inbox.MarkAllReadAsync(me.Id, ct);
        return RedirectToPage();
    }
}
