using Microsoft.EntityFrameworkCore;
using Workflow.Core.Deadlines;
using Workflow.Web.Notifications;
using Workflow.Web.Options;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Notifications;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>Two service instances on one database, both dispatchers running: reminders and digests go out once (ADR 26).</summary>
public abstract class ReminderInstancesTestsBase(DatabaseProvider provider)
{
    private const int Memos = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_instances_send_each_due_reminder_once_to_each_recipient()
    {
        using var smtp = new SmtpCapture();
        await using var first = new DeadlineWorkflowApp { Provider = provider }.MailingTo(smtp.Port);
        var ids = await MemosAtStepOneAsync(first);
        await using var second = new DeadlineWorkflowApp { Provider = provider }.SharingDatabaseWith(first).MailingTo(smtp.Port);
        var last = (await Task.WhenAll(ids.Select(id => first.PlannedAsync(id, ReminderKind.Escalation)))).Max(r => r.At);

        MovePast(last, first, second);

        foreach (var id in ids)
            await Notified.AwaitAsync(first, Demo.Clerk, id, NotificationKind.Escalated);
        Assert.True(await first.EventuallyAsync(async db => await db.Reminders.CountAsync(r => ids.Contains(r.DocumentId) && r.SentAt != null, Ct) == 3 * Memos));
        foreach (var id in ids)
        {
            Assert.Equal([Demo.Deputy, Demo.Office], await Notified.RecipientsAsync(first, id, NotificationKind.DueSoon));
            Assert.Equal([Demo.Deputy, Demo.Office], await Notified.RecipientsAsync(first, id, NotificationKind.Overdue));
            Assert.Equal([Demo.Clerk], await Notified.RecipientsAsync(first, id, NotificationKind.Escalated));
        }

        // Each sent overdue reminder planned exactly one next one.
        Assert.Equal(Memos, await first.ReadDbAsync(db => db.Reminders.CountAsync(r => ids.Contains(r.DocumentId) && r.SentAt == null, Ct)));
        var mails = new ReminderMails(first, smtp, ids);
        await mails.AwaitAsync(expected: 5 * Memos);
        foreach (var id in ids)
            Assert.Equal(
                [("clerk", "Escalated"), ("deputy", "DueSoon"), ("deputy", "Overdue"), ("office", "DueSoon"), ("office", "Overdue")],
                mails.About(id));
    }

    [Fact]
    public async Task Two_instances_give_each_person_one_digest_when_the_digest_time_comes()
    {
        using var smtp = new SmtpCapture();
        await using var first = new DeadlineWorkflowApp { Provider = provider }.MailingTo(smtp.Port);
        await MemosAtStepOneAsync(first);
        await using var second = new DeadlineWorkflowApp { Provider = provider }.SharingDatabaseWith(first).MailingTo(smtp.Port);

        var digest = await first.NextDigestAsync();

        MovePast(digest.At, first, second);

        var digests = await DigestMails.AwaitAsync(first, smtp, digest.Day, expected: 2);
        Assert.Equal(["deputy@demo.invalid", "office@demo.invalid"], digests.Select(m => m.To.Mailboxes.Single().Address).Order().ToArray());
        Assert.All(digests, m => Assert.EndsWith($": {Memos} เรื่อง", m.Subject, StringComparison.Ordinal));
    }

    private static async Task<List<Guid>> MemosAtStepOneAsync(DeadlineWorkflowApp app)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < Memos; i++)
            ids.Add(await app.Api.MemoAtStepAsync(1));
        return ids;
    }

    /// <summary>Moves both hosts' clocks and makes sure both hosts, so both dispatchers, are running.</summary>
    private static void MovePast(DateTimeOffset at, params DeadlineWorkflowApp[] hosts)
    {
        foreach (var host in hosts)
        {
            _ = host.Services;
            host.MovePast(at);
        }
    }
}

/// <summary>ReminderInstancesTests on SQLite (the default provider).</summary>
public sealed class ReminderInstancesTests() : ReminderInstancesTestsBase(DatabaseProvider.Sqlite);

/// <summary>ReminderInstancesTests on PostgreSQL (ADR 33).</summary>
public sealed class ReminderInstancesOnPostgreSqlTests() : ReminderInstancesTestsBase(DatabaseProvider.PostgreSql);
