namespace Workflow.Web.Tests.Notifications;

/// <summary>GET /api/notifications as a client reads it (the kind as its name).</summary>
public sealed record NotificationItems(int Unread, List<NotificationItems.Item> Items)
{
    public sealed record Item(long Id, Guid DocumentId, string Kind, string? Subject, string? RegisterNumber, DateTimeOffset? ReadAt, string Link);
}
