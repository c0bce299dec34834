using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Notifications;

/// <summary>
/// The language of a person's e-mails and which kinds of notification they also receive by e-mail (in-app is always
/// on); one input for the API and the page.
/// </summary>
public sealed record MailChoices
{
    /// <summary>"th" or "en"; left out of a change, it stays as it was.</summary>
    [Display(Name = "Field.Language"), LanguageCode(ErrorMessage = "Validation.Class")]
    public string? Language { get; init; }

    public bool Waiting { get; init; } = true;

    public bool Returned { get; init; } = true;

    public bool Refused { get; init; } = true;

    public bool Signed { get; init; } = true;

    public bool Published { get; init; } = true;

    public bool DueSoon { get; init; } = true;

    public bool Overdue { get; init; } = true;

    public bool Escalated { get; init; } = true;

    public bool Digest { get; init; } = true;

    public bool For(NotificationKind kind) => kind switch
    {
        NotificationKind.Waiting => Waiting,
        NotificationKind.Returned => Returned,
        NotificationKind.Refused => Refused,
        NotificationKind.Signed => Signed,
        NotificationKind.Published => Published,
        NotificationKind.DueSoon => DueSoon,
        NotificationKind.Overdue => Overdue,
        NotificationKind.Escalated => Escalated,
        NotificationKind.Digest => Digest,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
    };
}
