using Workflow.Core.Calendar;

namespace Workflow.Core.Deadlines;

/// <summary>
/// The moments reminders fire, as pure functions of a wait, the calendar and the settings. A store keeps the planned
/// reminders as rows; when an overdue reminder has fired, NextOverdue gives the row that follows it.
/// </summary>
public sealed class ReminderPlanner(WorkingCalendar calendar, ReminderSettings settings)
{
    /// <summary>
    /// Due soon (unless the lead reaches back to the arrival: the arrival itself told them), the first overdue
    /// reminder at the due instant, and the escalation when there is a post to escalate to. Nothing without a due time.
    /// </summary>
    public IReadOnlyList<PlannedReminder> Plan(StepWait wait)
    {
        if (wait.Due is not { } due)
            return [];
        var planned = new List<PlannedReminder>();
        var soon = calendar.AddWorkingTime(due, -settings.DueSoonLead);
        if (soon > wait.Arrived && soon < due)
            planned.Add(new PlannedReminder(ReminderKind.DueSoon, soon, wait.Post));
        planned.Add(new PlannedReminder(ReminderKind.Overdue, due, wait.Post));
        if (wait.EscalateTo is { } target)
            planned.Add(new PlannedReminder(ReminderKind.Escalation, calendar.AddWorkingTime(due, settings.EscalationDelay), target));
        return planned;
    }

    /// <summary>Every reminder of the wait up to and including an instant, the overdue ones repeated, in time order.</summary>
    public IReadOnlyList<PlannedReminder> Plan(StepWait wait, DateTimeOffset until)
    {
        var planned = Plan(wait).Where(r => r.At <= until).ToList();
        for (var overdue = planned.FirstOrDefault(r => r.Kind == ReminderKind.Overdue); overdue is not null;)
        {
            overdue = NextOverdue(overdue);
            if (overdue.At > until)
                break;
            planned.Add(overdue);
        }

        return planned.OrderBy(r => r.At).ThenBy(r => r.Kind).ToList();
    }

    public PlannedReminder NextOverdue(PlannedReminder fired) =>
        fired with { Kind = ReminderKind.Overdue, At = calendar.AddWorkingTime(fired.At, settings.OverdueRepeat) };

    /// <summary>
    /// When a person's next digest goes out: the digest time of the first working day, at or after now, later than the
    /// day of their last digest (at most one a working day; a day whose digest time has passed waits for the next).
    /// </summary>
    public DateTimeOffset NextDigest(DateTimeOffset now, DateOnly? lastDigestDay = null)
    {
        var day = calendar.LocalDay(now);
        if (lastDigestDay is { } last && last >= day)
            day = last.AddDays(1);
        while (!calendar.IsWorkingDay(day) || calendar.At(day, settings.DigestTime) < now)
            day = day.AddDays(1);
        return calendar.At(day, settings.DigestTime);
    }
}
