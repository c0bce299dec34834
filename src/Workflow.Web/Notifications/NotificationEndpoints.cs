using Workflow.Web.Administration.People;
using Workflow.Web.Application;
using Workflow.Web.Features;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Notifications;

/// <summary>The signed-in person's in-app notifications: list, mark one, mark all.</summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").RequireAuthorization(ApiPolicy.Name).WithTags("Notifications")
            .ProducesSessionProblems().ProducesStorageProblem();
        api.MapGet("", (HttpContext http, NotificationInbox inbox) =>
                WithUser(http, async user => Results.Ok(await inbox.ListAsync(user.Id, http.RequestAborted))))
            .WithName("ListNotifications").Produces<NotificationList>()
            .WithSummary($"My newest notifications ({NotificationInbox.Newest} at most), newest first, and how many are unread.");
        api.MapPost("/{id}/read", (long id, HttpContext http, NotificationInbox inbox) =>
                WithUser(http, async user => await inbox.MarkReadAsync(user.Id, id, http.RequestAborted) is { } failure
                    ? failure.ToProblem()
                    : Results.NoContent()))
            .WithName("MarkNotificationRead").Produces(StatusCodes.Status204NoContent).ProducesBindingProblem().ProducesNotFound()
            .WithSummary("Marks one of my notifications as read; another person's is not found.");
        api.MapPost("/read", (HttpContext http, NotificationInbox inbox) =>
                WithUser(http, async user => Results.Ok(new MarkedRead(await inbox.MarkAllReadAsync(user.Id, http.RequestAborted)))))
            .WithName("MarkAllNotificationsRead").Produces<MarkedRead>()
            .WithSummary("Marks all my notifications as read.");

        var settings = app.MapGroup("/api/account/notification-settings").RequireAuthorization(ApiPolicy.Name).WithTags("Notifications")
            .ProducesSessionProblems().ProducesStorageProblem();
        settings.MapGet("", (HttpContext http, NotificationPreferences preferences) =>
                WithUser(http, async user => Results.Ok(await preferences.GetAsync(user.Id, http.RequestAborted))))
            .WithName("GetNotificationSettings").Produces<MailChoices>()
            .WithSummary("The language of my e-mails and which kinds of notification I also receive by e-mail (in-app is always on).");
        settings.MapPut("", (MailChoices? choices, HttpContext http, InputMessages messages, NotificationPreferences preferences) =>
                WithUser(http, async user => messages.Check(choices) is { } invalid
                    ? invalid.ToProblem()
                    : Results.Ok(await preferences.SaveAsync(user.Id, choices!, http.RequestAborted))))
            .WithName("PutNotificationSettings").Produces<MailChoices>().ProducesJsonBodyProblems()
            .WithSummary("Chooses the language of my e-mails (\"th\" or \"en\"; left out, it stays) and, per kind, whether I also receive it by e-mail; a kind left out stays on.");
    }
}
