using Workflow.Web.Notifications;

namespace Workflow.Web.Data;

/// <summary>A person's choice for one kind of notification: e-mail on or off (in-app is always on). No row: e-mail on.</summary>
public sealed class NotificationSetting
{
    public required string UserId { get; set; }

    public NotificationKind Kind { get; set; }

    public bool Mail { get; set; }
}
