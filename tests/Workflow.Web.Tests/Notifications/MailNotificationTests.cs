using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Workflow.Web.Messaging;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>Notification e-mail over SMTP to a real server on loopback: who receives what, once, also across an outage.</summary>
public abstract class MailNotificationTestsBase(MailWorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Address(string user) => $"{user}@demo.invalid";

    private Task<List<MimeMessage>> MailsAboutAsync(Guid id, int expected) => app.MailsAboutAsync(id, expected);

    [Fact]
    public async Task Whole_route_mails_each_person_concerned_with_a_Thai_subject_when_the_memo_is_signed()
    {
        const string subject = "ขออนุญาตเผยแพร่รายงานผลการดำเนินงานประจำปี";
        var id = await SignedMemos.SignAsync(_api, subject);

        var mails = await MailsAboutAsync(id, expected: 7);

        var received = mails.Select(m => (To: m.To.Mailboxes.Single().Address, m.Subject)).OrderBy(m => m.To).ThenBy(m => m.Subject).ToList();
        Assert.Equal(
            [
                (Address(Demo.Clerk), $"บันทึกข้อความรอท่านพิจารณา: {subject}"),
                (Address(Demo.Deputy), $"บันทึกข้อความรอท่านพิจารณา: {subject}"),
                (Address(Demo.Legal), $"บันทึกข้อความเผยแพร่แล้ว: {subject}"),
                (Address(Demo.Legal), $"บันทึกข้อความลงนามแล้ว: {subject}"),
                (Address(Demo.Mayor), $"บันทึกข้อความรอท่านพิจารณา: {subject}"),
                (Address(Demo.Office), $"บันทึกข้อความรอท่านพิจารณา: {subject}"),
                (Address(Demo.Section), $"บันทึกข้อความรอท่านพิจารณา: {subject}"),
            ],
            received);
        Assert.All(mails, m => Assert.Equal("saraban@chokchai.example", m.From.Mailboxes.Single().Address));
    }

    [Fact]
    public async Task Mail_subject_travels_encoded_over_SMTP_when_it_is_Thai()
    {
        var id = await _api.MemoAtStepAsync(0);

        var mail = Assert.Single(await MailsAboutAsync(id, expected: 1));

        Assert.StartsWith("บันทึกข้อความรอท่านพิจารณา: ", mail.Subject);
        var header = app.Smtp.WireSubjectOf(mail);
        Assert.True(header.All(char.IsAscii), $"The Subject header on the wire is ASCII (RFC 2047): {header}");
        Assert.Contains("=?utf-8?", header, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Redelivered_event_sends_no_second_mail_when_the_outbox_publishes_it_again()
    {
        var id = await _api.MemoAtStepAsync(0);
        Assert.Single(await MailsAboutAsync(id, expected: 1));
        var eventId = await app.ReadDbAsync(db => db.Notifications.Where(n => n.DocumentId == id).Select(n => n.EventId).SingleAsync());

        await app.ReadDbAsync(db => db.Outbox.Where(o => o.MessageId == eventId).ExecuteUpdateAsync(s => s.SetProperty(o => o.SentAt, (DateTimeOffset?)null)));
        app.Services.GetRequiredService<OutboxSignal>().Wake();
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (NotificationDeliveries.Of(eventId) < 2 && DateTime.UtcNow < until)
            await Task.Delay(50, Ct);
        Assert.Equal(2, NotificationDeliveries.Of(eventId));
        await _api.ActOkAsync(Demo.Section, id, "endorse");
        await MailsAboutAsync(id, expected: 3);

        Assert.Single(app.Smtp.Messages, m => m.To.Mailboxes.Single().Address == Address(Demo.Section) && (m.TextBody ?? "").Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Equal(1, await app.ReadDbAsync(db => db.MailOutbox.CountAsync(m => m.EventId == eventId)));
        Assert.Equal(1, await app.ReadDbAsync(db => db.Notifications.CountAsync(n => n.EventId == eventId)));
    }

    [Fact]
    public async Task Every_mail_arrives_once_when_SMTP_was_down_while_memos_were_routed()
    {
        app.Smtp.Stop();
        Guid first, second;
        try
        {
            first = await _api.MemoAtStepAsync(1);
            second = await _api.MemoAtStepAsync(0);
            Assert.True(await app.EventuallyAsync(db => db.MailOutbox.AnyAsync(m => m.Attempts > 0 && m.SentAt == null)), "No attempt failed.");
            // The consumers write each memo's mails as its events arrive: the backlog is read once all four wait.
            Assert.True(await app.EventuallyAsync(async db => await db.MailOutbox.CountAsync(m => m.SentAt == null) >= 4), "Four mails never waited.");
            var health = await app.HealthClient().GetStringAsync("/health", Ct);
            Assert.True(MailBacklog(health) >= 4, health);
        }
        finally
        {
            app.Smtp.Start();
        }

        Assert.Equal(3, (await MailsAboutAsync(first, expected: 3)).Count);
        Assert.Single(await MailsAboutAsync(second, expected: 1));
        Assert.True(await app.EventuallyAsync(db => db.MailOutbox.AllAsync(m => m.SentAt != null), TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Secret_memo_mail_and_notification_name_no_subject_when_it_reaches_the_next_post()
    {
        const string subject = "ขออนุมัติดำเนินคดีกับผู้บุกรุกที่ดินสาธารณะ";
        var id = (await _api.CreateDraftAsync(subject: subject)).Id;
        await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Secrecy, Workflow.Core.Classification.Secrecy.Secret)));

        await _api.ActOkAsync(Demo.Legal, id, "submit");

        var mail = Assert.Single(await MailsAboutAsync(id, expected: 1));
        Assert.Equal("บันทึกข้อความรอท่านพิจารณา: บันทึกข้อความชั้นความลับ", mail.Subject);
        Assert.DoesNotContain(subject, mail.TextBody, StringComparison.Ordinal);
        Assert.Null((await Notified.ListAsync(app, Demo.Section)).Items.Single(n => n.DocumentId == id).Subject);
    }

    [Fact]
    public async Task Mail_choice_off_writes_no_mail_of_that_kind_when_the_in_app_notification_is_written()
    {
        var section = await _api.LoginAsync(Demo.Section);
        using (var off = await section.PutAsJsonAsync("/api/account/notification-settings", new { waiting = false }, Ct))
            Assert.False((await ApiClient.ReadAsync<JsonElement>(off, HttpStatusCode.OK)).GetProperty("waiting").GetBoolean());
        try
        {
            var id = await _api.MemoAtStepAsync(0);

            await Notified.AwaitAsync(app, Demo.Section, id, Workflow.Web.Notifications.NotificationKind.Waiting);
            Assert.Equal(0, await app.ReadDbAsync(db => db.MailOutbox.CountAsync(m => db.Notifications.Any(n => n.DocumentId == id && n.EventId == m.EventId))));
        }
        finally
        {
            using var on = await section.PutAsJsonAsync("/api/account/notification-settings", new { waiting = true }, Ct);
            await ApiClient.ExpectAsync(on, HttpStatusCode.OK, "mail choice back on");
        }
    }

    private static int MailBacklog(string health)
    {
        using var json = JsonDocument.Parse(health);
        return json.RootElement.GetProperty("checks").GetProperty("mail").GetProperty("data").GetProperty("unsent").GetInt32();
    }
}

/// <summary>MailNotificationTests on SQLite (the default provider).</summary>
public sealed class MailNotificationTests(MailWorkflowApp app) : MailNotificationTestsBase(app), IClassFixture<MailWorkflowApp>;

/// <summary>MailNotificationTests on PostgreSQL (ADR 33).</summary>
public sealed class MailNotificationOnPostgreSqlTests(OnPostgreSql<MailWorkflowApp> db) : MailNotificationTestsBase(db.App), IClassFixture<OnPostgreSql<MailWorkflowApp>>;
