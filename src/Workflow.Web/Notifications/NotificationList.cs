namespace Workflow.Web.Notifications;

/// <summary>A person's newest notifications and how many of all of theirs are unread.</summary>
public sealed record NotificationList(int Unread, IReadOnlyList<NotificationView> Items);
