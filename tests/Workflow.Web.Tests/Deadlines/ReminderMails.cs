using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Notifications;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>The reminder mails the SMTP server received about some memos: (recipient, kind), told apart by the memo's link.</summary>
public sealed record ReminderMails(DeadlineWorkflowApp App, SmtpCapture Smtp, IReadOnlyList<Guid> Ids)
{
    // Thai headlines of NotificationMail, by kind.
    private static readonly (string Kind, string Headline)[] Headlines =
    [
        ("DueSoon", "บันทึกข้อความที่รอท่านใกล้ครบกำหนด"),
        ("Overdue", "บันทึกข้อความที่รอท่านเกินกำหนดแล้ว"),
        ("Escalated", "บันทึกข้อความเกินกำหนดนานแล้ว รายงานเพื่อทราบ"),
    ];

    /// <summary>Waits (bounded) until <paramref name="expected"/> reminder mails came and the mail outbox holds nothing unsent, so a duplicate would have come too.</summary>
    public async Task AwaitAsync(int expected)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < until && !(Ids.Sum(id => About(id).Count) >= expected
            && await App.ReadDbAsync(db => db.MailOutbox.AllAsync(m => m.SentAt != null))))
            await Task.Delay(100, TestContext.Current.CancellationToken);
    }

    /// <summary>The memo's reminder mails, ordered by recipient and kind.</summary>
    public List<(string To, string Kind)> About(Guid id) =>
    [
        .. Smtp.Messages.Where(m => (m.TextBody ?? "").Contains($"{MailWorkflowApp.PublicBase}/memos/{id}", StringComparison.Ordinal))
            .Select(m => (To: m.To.Mailboxes.Single().Address.Split('@')[0], Kind: Headlines.FirstOrDefault(h => (m.Subject ?? "").StartsWith(h.Headline + ": ", StringComparison.Ordinal)).Kind))
            .Where(m => m.Kind is not null).Select(m => (m.To, m.Kind!))
            .OrderBy(m => m.To, StringComparer.Ordinal).ThenBy(m => m.Item2, StringComparer.Ordinal),
    ];
}
