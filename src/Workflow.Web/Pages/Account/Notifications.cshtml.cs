using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Notifications;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Account;

/// <summary>The language of my e-mails and my e-mail choices per kind of notification; the in-app list is always on.</summary>
public sealed class NotificationsModel(NotificationPreferences preferences) : MemoPageModel
{
    [BindProperty]
    public MailChoices Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } me)
            return SignInAgain();
        Input = await preferences.GetAsync(me.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } me)
            return SignInAgain();
        if (!ModelState.IsValid)
            return Invalid();
        await preferences.SaveAsync(me.Id, Input, ct);
        return RedirectToPage(new { saved = true });
    }
}
