using Microsoft.EntityFrameworkCore;
using Workflow.Core.Formatting;
using Workflow.Web.Data;
using Workflow.Web.Notifications;
using Workflow.Web.Options;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Notifications;
using Workflow.Web.Tests.Secrets;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>The daily digest over SMTP to a real server on loopback: who receives it, in which language, and what it lists.</summary>
public abstract class DigestMailTestsBase(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Digest_lists_what_waits_for_each_person_under_a_Thai_subject_at_the_digest_time()
    {
        using var smtp = new SmtpCapture();
        await using var app = new DeadlineWorkflowApp { Provider = provider }.MailingTo(smtp.Port);
        var subject = $"ขอความเห็นชอบแผนการตรวจสอบภายใน {Guid.NewGuid():N}";
        var id = (await app.Api.CreateDraftAsync(subject: subject)).Id;
        await app.Api.ActOkAsync(Demo.Legal, id, "submit");
        var (secret, secretSubject, _) = await SecretMemos.CreateAsync(app, "digest", [(Demo.Legal, "submit")]);
        var digest = await app.NextDigestAsync();

        app.MovePast(digest.At);

        var mail = Assert.Single(await DigestMails.AwaitAsync(app, smtp, digest.Day, expected: 1));
        Assert.Equal("section@demo.invalid", mail.To.Mailboxes.Single().Address);
        Assert.Equal($"สรุปบันทึกข้อความที่รอท่านพิจารณา ประจำวันที่ {ThaiDate.FormatArabic(digest.Day)}: 2 เรื่อง", mail.Subject);
        var header = smtp.WireSubjectOf(mail);
        Assert.True(header.All(char.IsAscii), $"The Subject header on the wire is ASCII (RFC 2047): {header}");
        Assert.Contains("=?utf-8?", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(subject, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailWorkflowApp.PublicBase}/memos/{id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailWorkflowApp.PublicBase}/memos/{secret}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(NotificationMail.SecretSubjectThai, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(secretSubject, mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_is_in_English_when_the_person_chose_English()
    {
        using var smtp = new SmtpCapture();
        await using var app = new DeadlineWorkflowApp { Provider = provider }.MailingTo(smtp.Port);
        await app.Api.MemoAtStepAsync(3);
        await app.ReadDbAsync(db => db.Users.Where(u => u.UserName == Demo.Mayor).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, "en"), Ct));
        var digest = await app.NextDigestAsync();

        app.MovePast(digest.At);

        var mail = Assert.Single(await DigestMails.AwaitAsync(app, smtp, digest.Day, expected: 1));
        Assert.Equal("mayor@demo.invalid", mail.To.Mailboxes.Single().Address);
        Assert.Equal($"Memos waiting for you on {digest.Day:d MMMM yyyy}: 1", mail.Subject);
        Assert.Contains("Due: ", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_is_not_mailed_when_the_person_turned_digest_mail_off()
    {
        using var smtp = new SmtpCapture();
        await using var app = new DeadlineWorkflowApp { Provider = provider }.MailingTo(smtp.Port);
        await app.Api.MemoAtStepAsync(2);
        await app.ReadDbAsync(async db =>
        {
            var clerk = await db.Users.Where(u => u.UserName == Demo.Clerk).Select(u => u.Id).SingleAsync(Ct);
            db.NotificationSettings.Add(new NotificationSetting { UserId = clerk, Kind = NotificationKind.Digest, Mail = false });
            return await db.SaveChangesAsync(Ct);
        });
        var digest = await app.NextDigestAsync();

        app.MovePast(digest.At);

        Assert.Empty(await DigestMails.AwaitAsync(app, smtp, digest.Day, expected: 0));
        Assert.Equal(0, await app.ReadDbAsync(db => db.DigestDeliveries.Where(d => d.Day == digest.Day)
            .Join(db.Users, d => d.UserId, u => u.Id, (d, u) => new { d.Items, u.UserName }).Where(d => d.UserName == Demo.Clerk)
            .Select(d => d.Items).SingleAsync(Ct)));
    }
}

/// <summary>DigestMailTests on SQLite (the default provider).</summary>
public sealed class DigestMailTests() : DigestMailTestsBase(DatabaseProvider.Sqlite);

/// <summary>DigestMailTests on PostgreSQL (ADR 33).</summary>
public sealed class DigestMailOnPostgreSqlTests() : DigestMailTestsBase(DatabaseProvider.PostgreSql);
