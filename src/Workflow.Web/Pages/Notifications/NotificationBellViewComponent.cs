using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Notifications;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Notifications;

/// <summary>The bell in the navigation: a link to my notifications with the unread count written out.</summary>
public sealed class NotificationBellViewComponent(PageUser me, NotificationInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        await me.GetAsync() is { } user ? View(await inbox.UnreadCountAsync(user.Id, HttpContext.RequestAborted)) : Content("");
}
