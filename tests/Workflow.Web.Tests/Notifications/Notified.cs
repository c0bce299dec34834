using Microsoft.EntityFrameworkCore;
using Workflow.Web.Notifications;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>Waits (bounded) for the notification consumer, and reads what a demo user was told about one memo.</summary>
public static class Notified
{
    public static async Task AwaitAsync(WorkflowApp app, string user, Guid documentId, NotificationKind kind) =>
        Assert.True(await app.EventuallyAsync(db => db.Notifications.AnyAsync(n =>
                n.DocumentId == documentId && n.Kind == kind && db.Users.Any(u => u.Id == n.RecipientId && u.UserName == user))),
            $"{user} was not told {kind} about {documentId}.");

    public static Task<List<string>> RecipientsAsync(WorkflowApp app, Guid documentId, NotificationKind kind) =>
        app.ReadDbAsync(db => db.Notifications.Where(n => n.DocumentId == documentId && n.Kind == kind)
            .Join(db.Users, n => n.RecipientId, u => u.Id, (n, u) => u.UserName!).OrderBy(u => u).ToListAsync());

    public static async Task<NotificationItems> ListAsync(WorkflowApp app, string user) =>
        await app.Api.GetAsync<NotificationItems>(user, "/api/notifications");
}
