using System.Globalization;
using Microsoft.Extensions.Options;
using Workflow.Core.Formatting;
using Workflow.Web.Administration;
using Workflow.Web.Notifications;
using Workflow.Web.Options;

namespace Workflow.Web.Deadlines;

/// <summary>
/// The words of a daily digest, Thai or English: what waits for the person, each memo with its number, subject (none
/// for a secret memo), due time, an overdue mark and a link to its page from App:PublicBaseUrl.
/// </summary>
public sealed class DigestMail(IOptions<AppOptions> app, OrganisationProfile organisation)
{
    public MailText Compose(IReadOnlyList<DigestItem> items, DateOnly day, DateTimeOffset now, NotificationLanguage language)
    {
        var thai = language == NotificationLanguage.Thai;
        var subject = thai
            ? string.Create(CultureInfo.InvariantCulture, $"สรุปบันทึกข้อความที่รอท่านพิจารณา ประจำวันที่ {ThaiDate.FormatArabic(day)}: {items.Count} เรื่อง")
            : string.Create(CultureInfo.InvariantCulture, $"Memos waiting for you on {day:d MMMM yyyy}: {items.Count}");
        var lines = new List<string> { subject, "" };
        foreach (var item in items)
            lines.AddRange(Lines(item, now, thai, language));
        return new MailText(subject, string.Join("\r\n", lines) + "\r\n");
    }

    private IEnumerable<string> Lines(DigestItem item, DateTimeOffset now, bool thai, NotificationLanguage language)
    {
        var what = item.Subject ?? (thai ? NotificationMail.SecretSubjectThai : NotificationMail.SecretSubjectEnglish);
        yield return "- " + (item.RegisterNumber is { } number ? (thai ? $"ที่ {number} " : $"No. {number}: ") : "") + what;
        if (item.DueAt is { } due)
        {
            var late = due < now ? (thai ? " (เกินกำหนด)" : " (overdue)") : "";
            yield return "  " + (thai ? "ครบกำหนด " : "Due: ") + DueTimeText.Of(due, organisation.Zone, language) + late;
        }

        yield return "  " + (app.Value.PublicBase is { } b ? new Uri(b, $"memos/{item.DocumentId}").ToString() : $"/memos/{item.DocumentId}");
        yield return "";
    }
}
