using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Core.Deadlines;
using Workflow.Core.Engine;
using Workflow.Core.Routes;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Deadlines;

/// <summary>
/// Starts the clock of a memo's new wait inside the transaction of the action that caused it: sets its due time and
/// replaces its unsent reminders with the ones planned for the new wait (none when it no longer waits).
/// </summary>
public sealed class WaitClock(WorkCalendars calendars, IOptions<DeadlineOptions> options)
{
    public async Task StartAsync(WorkflowDbContext db, Document doc, RouteDefinition route, CancellationToken ct)
    {
        // One DELETE in the action's transaction (rolled back with it on a lost race), rather than loading the rows
        // and deleting them one statement each: an action replaced some two or three reminders that way.
        await db.Reminders.Where(r => r.DocumentId == doc.Id && r.SentAt == null).ExecuteDeleteAsync(ct);
        doc.DueAt = null;
        if (doc.Status != DocumentStatus.InRoute || doc.WaitingSince is not { } arrived)
            return;

        var calendar = await calendars.LoadAsync(db, ct);
        var wait = StepWait.At(route, doc.CurrentStep, arrived, doc.Urgency, new DeadlineCalculator(calendar, options.Value.ToUrgencyPolicy()));
        doc.DueAt = wait.Due;
        foreach (var planned in new ReminderPlanner(calendar, options.Value.Reminders).Plan(wait))
            db.Reminders.Add(new Reminder
            {
                EventId = Guid.NewGuid(), DocumentId = doc.Id, Kind = planned.Kind, Post = planned.Post, At = planned.At,
                Round = doc.Round, Step = doc.CurrentStep,
            });
    }
}
