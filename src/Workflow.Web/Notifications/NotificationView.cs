namespace Workflow.Web.Notifications;

/// <summary>One notification as its recipient sees it; <see cref="Subject"/> is null for a secret memo.</summary>
public sealed record NotificationView(
    long Id, Guid DocumentId, NotificationKind Kind, string? Subject, string? RegisterNumber, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt, string Link);
