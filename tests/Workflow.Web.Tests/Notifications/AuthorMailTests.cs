using Workflow.Web.Notifications;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>Issue 11: the author of a memo sent back or refused is told in the app and by e-mail, over real SMTP.</summary>
public abstract class AuthorMailTestsBase(MailWorkflowApp app)
{
    private const string Author = $"{Demo.Legal}@demo.invalid";

    [Fact]
    public async Task Refusal_tells_the_author_in_the_app_and_by_mail_when_the_office_head_refuses()
    {
        const string subject = "ขออนุญาตจัดซื้อรถยนต์ส่วนกลาง";
        var id = (await app.Api.CreateDraftAsync(subject: subject)).Id;
        await app.Api.ActOkAsync(Demo.Legal, id, "submit");
        await app.Api.ActOkAsync(Demo.Section, id, "endorse");

        await app.Api.ActOkAsync(Demo.Office, id, "refuse", "ไม่อนุญาต งบประมาณไม่เพียงพอ");

        await Notified.AwaitAsync(app, Demo.Legal, id, NotificationKind.Refused);
        var told = (await Notified.ListAsync(app, Demo.Legal)).Items.Single(n => n.DocumentId == id);
        Assert.Equal("Refused", told.Kind);
        Assert.Equal(subject, told.Subject);
        // Section, office head and deputy were each told it waited; the author's mail is the fourth.
        var mail = Assert.Single(await app.MailsAboutAsync(id, expected: 4), m => m.To.Mailboxes.Single().Address == Author);
        Assert.Equal($"บันทึกข้อความไม่ได้รับอนุญาต: {subject}", mail.Subject);
    }

    [Fact]
    public async Task Return_mails_the_author_when_an_approver_sends_the_memo_back()
    {
        const string subject = "ขอความเห็นชอบแผนการตรวจสอบภายในประจำปี";
        var id = (await app.Api.CreateDraftAsync(subject: subject)).Id;
        await app.Api.ActOkAsync(Demo.Legal, id, "submit");

        await app.Api.ActOkAsync(Demo.Section, id, "return", "แนบรายงานฉบับสมบูรณ์");

        await Notified.AwaitAsync(app, Demo.Legal, id, NotificationKind.Returned);
        var mail = Assert.Single(await app.MailsAboutAsync(id, expected: 2), m => m.To.Mailboxes.Single().Address == Author);
        Assert.Equal($"บันทึกข้อความถูกส่งคืน: {subject}", mail.Subject);
    }
}

/// <summary>AuthorMailTests on SQLite (the default provider).</summary>
public sealed class AuthorMailTests(MailWorkflowApp app) : AuthorMailTestsBase(app), IClassFixture<MailWorkflowApp>;

/// <summary>AuthorMailTests on PostgreSQL (ADR 33).</summary>
public sealed class AuthorMailOnPostgreSqlTests(OnPostgreSql<MailWorkflowApp> db) : AuthorMailTestsBase(db.App), IClassFixture<OnPostgreSql<MailWorkflowApp>>;
