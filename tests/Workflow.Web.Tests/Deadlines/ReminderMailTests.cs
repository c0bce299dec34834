using Microsoft.EntityFrameworkCore;
using Workflow.Core.Deadlines;
using Workflow.Web.Notifications;
using Workflow.Web.Options;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Notifications;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>A reminder's e-mail over SMTP to a real server on loopback: its Thai headline and the memo's due time.</summary>
public abstract class ReminderMailTestsBase(DatabaseProvider provider)
{
    [Fact]
    public async Task Due_soon_mail_states_the_due_time_under_a_Thai_headline()
    {
        using var smtp = new SmtpCapture();
        await using var app = new DeadlineWorkflowApp { Provider = provider }.MailingTo(smtp.Port);
        var id = await app.Api.MemoAtStepAsync(0);
        var due = await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.DueAt!.Value).SingleAsync(TestContext.Current.CancellationToken));

        app.MovePast((await app.PlannedAsync(id, ReminderKind.DueSoon)).At);

        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.DueSoon);
        var mail = await ReminderMailAsync(smtp, "บันทึกข้อความที่รอท่านใกล้ครบกำหนด: ");
        Assert.Equal("section@demo.invalid", mail.To.Mailboxes.Single().Address);
        var local = TimeZoneInfo.ConvertTime(due, TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok"));
        Assert.Contains($"ครบกำหนด {Workflow.Core.Formatting.ThaiDate.FormatArabic(DateOnly.FromDateTime(local.DateTime))} เวลา {local:HH.mm} น.",
            mail.TextBody, StringComparison.Ordinal);
    }

    private static async Task<MimeKit.MimeMessage> ReminderMailAsync(SmtpCapture smtp, string headline)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!smtp.Messages.Any(m => (m.Subject ?? "").StartsWith(headline, StringComparison.Ordinal)) && DateTime.UtcNow < until)
            await Task.Delay(50, TestContext.Current.CancellationToken);
        return Assert.Single(smtp.Messages, m => (m.Subject ?? "").StartsWith(headline, StringComparison.Ordinal));
    }
}

/// <summary>ReminderMailTests on SQLite (the default provider).</summary>
public sealed class ReminderMailTests() : ReminderMailTestsBase(DatabaseProvider.Sqlite);

/// <summary>ReminderMailTests on PostgreSQL (ADR 33).</summary>
public sealed class ReminderMailOnPostgreSqlTests() : ReminderMailTestsBase(DatabaseProvider.PostgreSql);
