namespace Workflow.Web.Notifications;

/// <summary>
/// What one document event means for notifications: who is concerned (the holders of <paramref name="Post"/> at the
/// event's instant, or the memo's author when it is null) and what they are told.
/// </summary>
public sealed record NotificationCause(Guid EventId, Guid DocumentId, NotificationKind Kind, string? Post, DateTimeOffset At);
