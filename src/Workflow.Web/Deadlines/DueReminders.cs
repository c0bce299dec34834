using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Core.Deadlines;
using Workflow.Core.Engine;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;
using Workflow.Web.Notifications;
using Workflow.Web.Options;

namespace Workflow.Web.Deadlines;

/// <summary>
/// Sends the due reminder rows: claims them with one UPDATE (so two instances never take the same row, and a dead
/// claimant's claim lapses after the lease), writes each one's notification under the row's event id (so a retry
/// writes nothing twice), then marks it sent and, for an overdue one, plans the next in the same transaction.
/// </summary>
public sealed class DueReminders(
    WorkflowDbContext db, NotificationWriter writer, WorkCalendars calendars, IOptions<DeadlineOptions> deadlines,
    IOptions<ReminderDispatchOptions> options, TimeProvider clock, ILogger<DueReminders> log)
{
    public const int BatchSize = 20;

    /// <summary>Sends one batch; answers how many rows it claimed.</summary>
    public async Task<int> SendBatchAsync(CancellationToken ct)
    {
        var token = Guid.NewGuid();
        var now = clock.GetUtcNow();
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            // Values are parameters ({0}…); only the provider's fixed lock clause is spliced in.
            var claim = $$"""
                UPDATE "Reminders" SET "ClaimToken" = {0}, "ClaimedUntil" = {1}, "Attempts" = "Attempts" + 1
                WHERE "Id" IN (SELECT "Id" FROM "Reminders"
                               WHERE "SentAt" IS NULL AND "At" <= {2} AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {2})
                               ORDER BY "At", "Id" LIMIT {3}{{db.Database.SkipLocked()}})
                """;
            await db.Database.ExecuteSqlRawAsync(claim, [db.Database.Id(token), (now + options.Value.ClaimLease).UtcTicks, now.UtcTicks, BatchSize], ct);
        }

        var claimed = await db.Reminders.AsNoTracking().Where(r => r.ClaimToken == token).OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(ct);
        foreach (var reminder in claimed)
            await SendAsync(reminder, token, ct);
        return claimed.Count;
    }

    private async Task SendAsync(Reminder reminder, Guid token, CancellationToken ct)
    {
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == reminder.DocumentId)
            .Select(d => new { d.Status, d.Round, d.CurrentStep }).FirstOrDefaultAsync(ct);
        var mine = db.Reminders.Where(r => r.Id == reminder.Id && r.ClaimToken == token);
        if (doc is null || doc.Status != DocumentStatus.InRoute || doc.Round != reminder.Round || doc.CurrentStep != reminder.Step)
        {
            // The memo moved on in a way that left the row behind: the wait it reminds of is over.
            using (await SqliteWriteGate.EnterAsync(db, ct))
                await mine.ExecuteDeleteAsync(ct);
            log.LogInformation("Reminder {ReminderId} of {DocumentId} dropped: the memo no longer waits at that step", reminder.Id, reminder.DocumentId);
            return;
        }

        var now = clock.GetUtcNow();
        await writer.WriteAsync(new NotificationCause(reminder.EventId, reminder.DocumentId, KindOf(reminder.Kind), reminder.Post, now), ct);
        var next = reminder.Kind == ReminderKind.Overdue ? await NextOverdueAsync(reminder, now, ct) : null;
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var marked = await mine.ExecuteUpdateAsync(s => s.SetProperty(r => r.SentAt, now).SetProperty(r => r.ClaimToken, (Guid?)null), ct);
            // Only the claimant still holding the row plans the next one; a lapsed claim was taken over by another.
            if (marked == 1 && next is not null)
            {
                db.Reminders.Add(next);
                await db.SaveChangesAsync(ct);
            }

            await tx.CommitAsync(ct);
        }

        log.LogInformation("Reminder {ReminderId} ({Kind}) of {DocumentId} sent to the post {Post}", reminder.Id, reminder.Kind, reminder.DocumentId, reminder.Post);
    }

    /// <summary>The next overdue reminder after now (a dispatcher that was down does not send the missed repeats one by one).</summary>
    private async Task<Reminder> NextOverdueAsync(Reminder fired, DateTimeOffset now, CancellationToken ct)
    {
        var planner = new ReminderPlanner(await calendars.LoadAsync(db, ct), deadlines.Value.Reminders);
        var next = planner.NextOverdue(new PlannedReminder(fired.Kind, fired.At, fired.Post));
        while (next.At <= now)
            next = planner.NextOverdue(next);
        return new Reminder
        {
            EventId = Guid.NewGuid(), DocumentId = fired.DocumentId, Kind = ReminderKind.Overdue, Post = fired.Post, At = next.At,
            Round = fired.Round, Step = fired.Step,
        };
    }

    private static NotificationKind KindOf(ReminderKind kind) => kind switch
    {
        ReminderKind.DueSoon => NotificationKind.DueSoon,
        ReminderKind.Overdue => NotificationKind.Overdue,
        ReminderKind.Escalation => NotificationKind.Escalated,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reminder kind."),
    };
}
