using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>Each recipient's mail in the language they chose, over SMTP to a real server on loopback; a withdrawal tells no one.</summary>
public abstract class MailLanguageTestsBase(MailWorkflowApp app)
{
    private const string Settings = "/api/account/notification-settings";

    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Address(string user) => $"{user}@demo.invalid";

    private async Task ChooseAsync(string user, string language)
    {
        var client = await _api.LoginAsync(user);
        using var response = await client.PutAsJsonAsync(Settings, new { language }, Ct);
        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, $"{user} chooses {language}");
    }

    [Fact]
    public async Task English_reader_receives_the_English_mail_and_Thai_readers_the_Thai_one_when_a_memo_reaches_them()
    {
        const string subject = "ขออนุมัติจัดซื้อครุภัณฑ์สำนักงาน";
        await ChooseAsync(Demo.Section, "en");
        try
        {
            var id = (await _api.CreateDraftAsync(subject: subject)).Id;
            await _api.ActOkAsync(Demo.Legal, id, "submit");
            await _api.ActOkAsync(Demo.Section, id, "endorse");

            var mails = await app.MailsAboutAsync(id, expected: 3);

            var section = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == Address(Demo.Section));
            Assert.Equal($"A memo waits for you: {subject}", section.Subject);
            Assert.Contains($"Open the memo: {MailWorkflowApp.PublicBase}/memos/{id}", section.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("เปิดบันทึกข้อความ", section.TextBody, StringComparison.Ordinal);
            var office = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == Address(Demo.Office));
            Assert.Equal($"บันทึกข้อความรอท่านพิจารณา: {subject}", office.Subject);
            Assert.Contains($"เปิดบันทึกข้อความ: {MailWorkflowApp.PublicBase}/memos/{id}", office.TextBody, StringComparison.Ordinal);
            var header = app.Smtp.WireSubjectOf(office);
            Assert.True(header.All(char.IsAscii), $"The Thai Subject header on the wire is ASCII (RFC 2047): {header}");
            Assert.Contains("=?utf-8?", header, StringComparison.OrdinalIgnoreCase);
            Assert.Equal($"บันทึกข้อความรอท่านพิจารณา: {subject}", Assert.Single(mails, m => m.To.Mailboxes.Single().Address == Address(Demo.Deputy)).Subject);
        }
        finally
        {
            await ChooseAsync(Demo.Section, "th");
        }
    }

    [Fact]
    public async Task Secret_memo_mail_in_English_names_no_subject_when_the_reader_chose_English()
    {
        const string subject = "ขออนุมัติสอบสวนข้อเท็จจริงเรื่องร้องเรียน";
        await ChooseAsync(Demo.Section, "en");
        try
        {
            var id = (await _api.CreateDraftAsync(subject: subject)).Id;
            await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Secrecy, Workflow.Core.Classification.Secrecy.Secret)));

            await _api.ActOkAsync(Demo.Legal, id, "submit");

            var mail = Assert.Single(await app.MailsAboutAsync(id, expected: 1));
            Assert.Equal("A memo waits for you: A classified memo", mail.Subject);
            Assert.DoesNotContain(subject, mail.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            await ChooseAsync(Demo.Section, "th");
        }
    }

    [Fact]
    public async Task Withdrawn_memo_notifies_nobody_and_mails_nobody_when_the_author_withdraws_it()
    {
        var id = await _api.MemoAtStepAsync(0);
        Assert.Single(await app.MailsAboutAsync(id, expected: 1));

        await _api.ActOkAsync(Demo.Legal, id, "withdraw", "ส่งผิดเรื่อง");

        Assert.True(await app.EventuallyAsync(db => db.Outbox.AnyAsync(o => o.DocumentId == id && o.Type.Contains("DocumentWithdrawn") && o.SentAt != null)),
            "The withdrawal was never published.");
        // A memo routed after the withdrawal: once its mail is out, the notification consumer has had the withdrawal too.
        var later = await _api.MemoAtStepAsync(0);
        Assert.Single(await app.MailsAboutAsync(later, expected: 1));
        Assert.Single(await app.MailsAboutAsync(id, expected: 1));
        Assert.Equal(1, await app.ReadDbAsync(db => db.Notifications.CountAsync(n => n.DocumentId == id)));
        Assert.Equal(1, await app.ReadDbAsync(db => db.MailOutbox.CountAsync(m => db.Notifications.Any(n => n.DocumentId == id && n.EventId == m.EventId))));
    }
}

/// <summary>MailLanguageTests on SQLite (the default provider).</summary>
public sealed class MailLanguageTests(MailWorkflowApp app) : MailLanguageTestsBase(app), IClassFixture<MailWorkflowApp>;

/// <summary>MailLanguageTests on PostgreSQL (ADR 33).</summary>
public sealed class MailLanguageOnPostgreSqlTests(OnPostgreSql<MailWorkflowApp> db) : MailLanguageTestsBase(db.App), IClassFixture<OnPostgreSql<MailWorkflowApp>>;
