using Workflow.Core.Calendar;
using Workflow.Core.Classification;

namespace Workflow.Core.Deadlines;

/// <summary>
/// When a step is due: its days count working days (due at the close of office of the n-th working day after the
/// working day it arrived on), its hours office time from arrival; urgency then shortens it (ADR 21).
/// </summary>
public sealed class DeadlineCalculator(WorkingCalendar calendar, UrgencyPolicy policy)
{
    public WorkingCalendar Calendar => calendar;

    public DateTimeOffset DueAt(WorkingDuration due, DateTimeOffset arrived)
    {
        if (due.Days == 0)
            return calendar.AddWorkingTime(arrived, due.Time);
        var lastDay = calendar.AddWorkingDays(calendar.WorkingDayOf(arrived), due.Days);
        return calendar.AddWorkingTime(calendar.At(lastDay, calendar.Hours.Closes), due.Time);
    }

    /// <summary>Null when the step has no due time and the urgency gives none (a step without "due" waits unwatched).</summary>
    public DateTimeOffset? DueAt(WorkingDuration? due, DateTimeOffset arrived, Urgency urgency)
    {
        var duration = due;
        DateTimeOffset? at = due is { } d ? DueAt(d, arrived) : null;
        foreach (var rule in policy.RulesFor(urgency))
        {
            if (rule.Halve && duration is { } whole)
                (duration, at) = Shorter(duration, at, whole.Half(calendar.Hours.Length), arrived);
            if (rule.AtMost is { } cap)
                (duration, at) = Shorter(duration, at, cap, arrived);
            if (rule.SameWorkingDay && calendar.EndOfWorkingDay(arrived) is var close && (at is null || close < at))
                at = close;
        }

        return at;
    }

    private (WorkingDuration?, DateTimeOffset?) Shorter(WorkingDuration? duration, DateTimeOffset? at, WorkingDuration candidate, DateTimeOffset arrived)
    {
        var candidateAt = DueAt(candidate, arrived);
        return at is null || candidateAt < at ? (candidate, candidateAt) : (duration, at);
    }
}
