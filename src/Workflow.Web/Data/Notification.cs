using Workflow.Web.Notifications;

namespace Workflow.Web.Data;

/// <summary>One line of a person's in-app notification list; the event id and the recipient make a redelivery a no-op.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    /// <summary>The message id of the document event that caused it.</summary>
    public Guid EventId { get; set; }

    public required string RecipientId { get; set; }

    public Guid DocumentId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The memo's subject; null for a secret memo, whose notifications name no subject.</summary>
    public string? Subject { get; set; }

    public string? RegisterNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
