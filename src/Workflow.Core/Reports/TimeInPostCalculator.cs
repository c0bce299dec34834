using Workflow.Core.Engine;

namespace Workflow.Core.Reports;

/// <summary>
/// The time-in-post figures from audit entries (ADR 27). An entry's At minus the previous entry's At of the same memo
/// is the time the memo waited at the post the entry acted for; a submission after a return is the author's wait. A
/// withdrawal (the author takes back a memo waiting elsewhere) and a declassification (after the route ended) are no
/// wait at the acting post. Only actions inside the period count; the caller leaves secret memos out.
/// </summary>
public static class TimeInPostCalculator
{
    public static readonly IReadOnlyList<int> Periods = [30, 90, 365];

    public static TimeInPostFigures Compute(
        int days, DateTimeOffset now, TimeZoneInfo zone, IEnumerable<TimedAction> actions, IReadOnlyDictionary<string, int> overdueByPost)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(overdueByPost);
        var from = now.AddDays(-days);
        var inPeriod = new List<TimedAction>();
        var waits = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal);
        foreach (var memo in actions.GroupBy(a => a.DocumentId))
        {
            TimedAction? previous = null;
            foreach (var action in memo.OrderBy(a => a.Sequence))
            {
                if (action.At >= from && action.At <= now)
                {
                    inPeriod.Add(action);
                    if (previous is not null && IsWaitAtActingPost(action.Action))
                        Add(waits, action.ActedFor, action.At - previous.At);
                }
                previous = action;
            }
        }

        var posts = waits.Keys.Union(overdueByPost.Where(o => o.Value > 0).Select(o => o.Key)).Order(StringComparer.Ordinal)
            .Select(post => Wait(post, waits.GetValueOrDefault(post) ?? [], overdueByPost.GetValueOrDefault(post)))
            .ToList();
        return new TimeInPostFigures(days, from, now, posts, Months(from, now, zone, inPeriod), Turnbacks(inPeriod));
    }

    private static bool IsWaitAtActingPost(ActionKind action) => action is not (ActionKind.Withdraw or ActionKind.Declassify);

    private static void Add(Dictionary<string, List<TimeSpan>> waits, string post, TimeSpan wait)
    {
        if (!waits.TryGetValue(post, out var list))
            waits[post] = list = [];
        list.Add(wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
    }

    private static PostWait Wait(string post, List<TimeSpan> waits, int overdue)
    {
        waits.Sort();
        return new PostWait(post, waits.Count, Percentiles.Of(waits, 50), Percentiles.Of(waits, 90), overdue);
    }

    /// <summary>Every month the period touches, oldest first, zero when nothing happened in it.</summary>
    private static List<MonthCount> Months(DateTimeOffset from, DateTimeOffset now, TimeZoneInfo zone, List<TimedAction> actions)
    {
        static (int Year, int Month) MonthOf(DateTimeOffset at, TimeZoneInfo zone)
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            return (local.Year, local.Month);
        }

        var counts = actions
            .Where(a => a.Action == ActionKind.Sign || a.Action == ActionKind.Submit && a.FromStatus == DocumentStatus.Draft)
            .GroupBy(a => (MonthOf(a.At, zone), a.Action))
            .ToDictionary(g => g.Key, g => g.Count());
        var months = new List<MonthCount>();
        var (year, month) = MonthOf(from, zone);
        var last = MonthOf(now, zone);
        while ((year, month).CompareTo(last) <= 0)
        {
            months.Add(new MonthCount(year, month,
                counts.GetValueOrDefault(((year, month), ActionKind.Submit)), counts.GetValueOrDefault(((year, month), ActionKind.Sign))));
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
        }

        return months;
    }

    private static List<RouteTurnbacks> Turnbacks(List<TimedAction> actions) =>
        actions.Where(a => a.Action is ActionKind.Return or ActionKind.Refuse)
            .GroupBy(a => a.RouteId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RouteTurnbacks(g.Key, g.Count(a => a.Action == ActionKind.Return), g.Count(a => a.Action == ActionKind.Refuse)))
            .ToList();
}
