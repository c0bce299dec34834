using Microsoft.EntityFrameworkCore;
using Workflow.Core.Deadlines;
using Workflow.Web.Notifications;
using Workflow.Web.Options;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Notifications;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>Reminder rows sent by the dispatcher when the clock passes them: who is told what in-app (ADR 26).</summary>
public abstract class ReminderTestsBase(DeadlineWorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Due_soon_reminder_tells_the_holder_of_the_waiting_post_when_the_due_time_nears()
    {
        var id = await _api.MemoAtStepAsync(0);

        app.MovePast((await app.PlannedAsync(id, ReminderKind.DueSoon)).At);

        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.DueSoon);
        Assert.Equal([Demo.Section], await Notified.RecipientsAsync(app, id, NotificationKind.DueSoon));
    }

    [Fact]
    public async Task Overdue_reminder_tells_the_holder_and_the_acting_holder_again_at_the_repeat_interval()
    {
        var id = await _api.MemoAtStepAsync(1);
        var first = await app.PlannedAsync(id, ReminderKind.Overdue);
        app.MovePast(first.At);
        await Notified.AwaitAsync(app, Demo.Office, id, NotificationKind.Overdue);
        Assert.True(await app.EventuallyAsync(db => db.Reminders.AnyAsync(r => r.DocumentId == id && r.Kind == ReminderKind.Overdue && r.SentAt == null)));
        var next = await app.PlannedAsync(id, ReminderKind.Overdue);

        app.MovePast(next.At);

        Assert.True(await app.EventuallyAsync(async db =>
            await db.Notifications.CountAsync(n => n.DocumentId == id && n.Kind == NotificationKind.Overdue, Ct) == 4));
        Assert.True(next.At > first.At);
        Assert.NotEqual(first.EventId, next.EventId);
        Assert.Equal([Demo.Deputy, Demo.Deputy, Demo.Office, Demo.Office], await Notified.RecipientsAsync(app, id, NotificationKind.Overdue));
    }

    [Fact]
    public async Task Escalation_tells_the_next_post_when_the_step_names_no_escalation_post()
    {
        var id = await _api.MemoAtStepAsync(0);

        app.MovePast((await app.PlannedAsync(id, ReminderKind.Escalation)).At);

        await Notified.AwaitAsync(app, Demo.Office, id, NotificationKind.Escalated);
        Assert.Equal([Demo.Deputy, Demo.Office], await Notified.RecipientsAsync(app, id, NotificationKind.Escalated));
    }

    [Fact]
    public async Task Escalation_tells_the_escalateTo_post_when_the_step_names_one()
    {
        var id = await _api.MemoAtStepAsync(3);

        app.MovePast((await app.PlannedAsync(id, ReminderKind.Escalation)).At);

        await Notified.AwaitAsync(app, Demo.Clerk, id, NotificationKind.Escalated);
        Assert.Equal([Demo.Clerk], await Notified.RecipientsAsync(app, id, NotificationKind.Escalated));
    }

    [Fact]
    public async Task Memo_endorsed_before_its_reminders_reminds_only_the_next_post()
    {
        var id = await _api.MemoAtStepAsync(0);
        await _api.ActOkAsync(Demo.Section, id, "endorse");

        app.MovePast((await app.PlannedAsync(id, ReminderKind.Overdue)).At);

        await Notified.AwaitAsync(app, Demo.Office, id, NotificationKind.Overdue);
        Assert.Equal([Demo.Deputy, Demo.Office], await Notified.RecipientsAsync(app, id, NotificationKind.DueSoon));
        Assert.Equal([Demo.Deputy, Demo.Office], await Notified.RecipientsAsync(app, id, NotificationKind.Overdue));
    }

    [Fact]
    public async Task Withdrawn_memo_reminds_nobody_when_its_moments_pass()
    {
        var id = await _api.MemoAtStepAsync(0);
        await _api.ActOkAsync(Demo.Legal, id, "withdraw");
        var control = await _api.MemoAtStepAsync(0);

        app.MovePast((await app.PlannedAsync(control, ReminderKind.Overdue)).At);

        await Notified.AwaitAsync(app, Demo.Section, control, NotificationKind.Overdue);
        Assert.Empty(await Notified.RecipientsAsync(app, id, NotificationKind.DueSoon));
        Assert.Empty(await Notified.RecipientsAsync(app, id, NotificationKind.Overdue));
        Assert.Equal(0, await app.ReadDbAsync(db => db.Reminders.CountAsync(r => r.DocumentId == id, Ct)));
    }

    [Fact]
    public async Task Reminder_claimed_by_an_instance_that_died_is_sent_once_after_the_claim_lapses()
    {
        var lease = new ReminderDispatchOptions().ClaimLease;
        var id = await _api.MemoAtStepAsync(0);
        var due = await app.PlannedAsync(id, ReminderKind.DueSoon);
        // An instance claimed it at its moment and died before sending it.
        await app.ReadDbAsync(db => db.Reminders.Where(r => r.Id == due.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.ClaimToken, Guid.NewGuid()).SetProperty(r => r.ClaimedUntil, due.At + lease), Ct));
        var control = await _api.MemoAtStepAsync(0);
        app.MovePast((await app.PlannedAsync(control, ReminderKind.DueSoon)).At);
        await Notified.AwaitAsync(app, Demo.Section, control, NotificationKind.DueSoon);
        Assert.Empty(await Notified.RecipientsAsync(app, id, NotificationKind.DueSoon));

        app.MovePast(due.At + lease);

        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.DueSoon);
        Assert.True(await app.EventuallyAsync(db => db.Reminders.AnyAsync(r => r.Id == due.Id && r.SentAt != null && r.ClaimToken == null, Ct)));
        Assert.Equal([Demo.Section], await Notified.RecipientsAsync(app, id, NotificationKind.DueSoon));
    }

    [Fact]
    public async Task Reminder_sent_again_after_a_crash_before_it_was_marked_writes_no_second_notification()
    {
        var id = await _api.MemoAtStepAsync(0);
        var due = await app.PlannedAsync(id, ReminderKind.DueSoon);
        app.MovePast(due.At);
        Assert.True(await app.EventuallyAsync(db => db.Reminders.AnyAsync(r => r.Id == due.Id && r.SentAt != null, Ct)));
        // As if the instance had died after writing the notification, before marking the row sent.
        await app.ReadDbAsync(db => db.Reminders.Where(r => r.Id == due.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.SentAt, (DateTimeOffset?)null).SetProperty(r => r.ClaimedUntil, (DateTimeOffset?)null), Ct));

        Assert.True(await app.EventuallyAsync(db => db.Reminders.AnyAsync(r => r.Id == due.Id && r.SentAt != null && r.Attempts == 2, Ct)));

        Assert.Equal([Demo.Section], await Notified.RecipientsAsync(app, id, NotificationKind.DueSoon));
    }
}

/// <summary>ReminderTests on SQLite (the default provider).</summary>
public sealed class ReminderTests(DeadlineWorkflowApp app) : ReminderTestsBase(app), IClassFixture<DeadlineWorkflowApp>;

/// <summary>ReminderTests on PostgreSQL (ADR 33).</summary>
public sealed class ReminderOnPostgreSqlTests(OnPostgreSql<DeadlineWorkflowApp> db) : ReminderTestsBase(db.App), IClassFixture<OnPostgreSql<DeadlineWorkflowApp>>;
