namespace Workflow.Web.Notifications;

/// <summary>What a notification tells its recipient.</summary>
public enum NotificationKind
{
    /// <summary>A memo reached a post the recipient holds, acts for or was delegated.</summary>
    Waiting,

    Returned,

    Refused,

    Signed,

    Published,

    /// <summary>A memo waiting for a post the recipient holds is due soon.</summary>
    DueSoon,

    /// <summary>A memo waiting for a post the recipient holds is overdue (repeated).</summary>
    Overdue,

    /// <summary>A memo overdue at another post is reported to a post the recipient holds (the step's escalateTo, or the next post).</summary>
    Escalated,

    /// <summary>The daily digest of what waits for the recipient (at most one a working day; e-mail only).</summary>
    Digest,
}
