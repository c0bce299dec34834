using Microsoft.Extensions.Options;
using Workflow.Web.Administration;
using Workflow.Web.Options;

namespace Workflow.Web.Notifications;

/// <summary>
/// The words of a notification e-mail, Thai or English, with a link to the memo page from App:PublicBaseUrl; a
/// reminder also states the memo's due time in the organisation's time zone.
/// </summary>
public sealed class NotificationMail(IOptions<AppOptions> app, OrganisationProfile organisation)
{
    public const string SecretSubjectThai = "บันทึกข้อความชั้นความลับ";

    public const string SecretSubjectEnglish = "A classified memo";

    public MailText Compose(NotificationKind kind, string? subject, string? registerNumber, Guid documentId, NotificationLanguage language,
        DateTimeOffset? due = null)
    {
        var thai = language == NotificationLanguage.Thai;
        var what = subject ?? (thai ? SecretSubjectThai : SecretSubjectEnglish);
        var headline = (kind, thai) switch
        {
            (NotificationKind.Waiting, true) => "บันทึกข้อความรอท่านพิจารณา",
            (NotificationKind.Returned, true) => "บันทึกข้อความถูกส่งคืน",
            (NotificationKind.Refused, true) => "บันทึกข้อความไม่ได้รับอนุญาต",
            (NotificationKind.Signed, true) => "บันทึกข้อความลงนามแล้ว",
            (NotificationKind.Published, true) => "บันทึกข้อความเผยแพร่แล้ว",
            (NotificationKind.DueSoon, true) => "บันทึกข้อความที่รอท่านใกล้ครบกำหนด",
            (NotificationKind.Overdue, true) => "บันทึกข้อความที่รอท่านเกินกำหนดแล้ว",
            (NotificationKind.Escalated, true) => "บันทึกข้อความเกินกำหนดนานแล้ว รายงานเพื่อทราบ",
            (NotificationKind.Waiting, false) => "A memo waits for you",
            (NotificationKind.Returned, false) => "Your memo was returned",
            (NotificationKind.Refused, false) => "Your memo was refused",
            (NotificationKind.Signed, false) => "Your memo was signed",
            (NotificationKind.Published, false) => "Your memo was published",
            (NotificationKind.DueSoon, false) => "A memo waiting for you is due soon",
            (NotificationKind.Overdue, false) => "A memo waiting for you is overdue",
            (NotificationKind.Escalated, false) => "A memo has been overdue for long: reported to you",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
        };
        var link = app.Value.PublicBase is { } b ? new Uri(b, $"memos/{documentId}").ToString() : $"/memos/{documentId}";
        var lines = new List<string> { headline, "", (thai ? "เรื่อง " : "Subject: ") + what };
        if (registerNumber is not null)
            lines.Add((thai ? "ที่ " : "Number: ") + registerNumber);
        if (due is { } at && kind is NotificationKind.DueSoon or NotificationKind.Overdue or NotificationKind.Escalated)
            lines.Add((thai ? "ครบกำหนด " : "Due: ") + DueTimeText.Of(at, organisation.Zone, language));
        lines.AddRange(["", (thai ? "เปิดบันทึกข้อความ: " : "Open the memo: ") + link]);
        return new MailText($"{headline}: {what}", string.Join("\r\n", lines) + "\r\n");
    }
}
