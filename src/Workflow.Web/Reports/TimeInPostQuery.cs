using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Core.Engine;
using Workflow.Core.Formatting;
using Workflow.Core.Reports;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Routes;

namespace Workflow.Web.Reports;

/// <summary>
/// Reads what the time-in-post figures need (audit entries of memos acted on in the period, memos overdue now) and
/// hands it to Core's <see cref="TimeInPostCalculator"/>. Secret memos are filtered out here, in the query itself,
/// so that no figure can count one (a memo declassified since counts like any other).
/// </summary>
public sealed class TimeInPostQuery(WorkflowDbContext db, PostTitles posts, RouteRegistry routes, RegisterNumberAllocator calendar, TimeProvider clock)
{
    public async Task<TimeInPostReport> RunAsync(int days, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-days);
        // Every entry of a memo acted on in the period: the wait before its first action there began with the entry before.
        var actions = await (
                from e in db.AuditEntries
                join d in db.Documents on e.DocumentId equals d.Id
                where d.Secrecy == Secrecy.None && db.AuditEntries.Any(x => x.DocumentId == e.DocumentId && x.At >= since && x.At <= now)
                select new TimedAction(e.DocumentId, d.RouteId, e.Sequence, e.Action, e.FromStatus, e.ActedFor, e.At))
            .AsNoTracking().ToListAsync(ct);
        var overdue = await db.Documents.AsNoTracking()
            .Where(d => d.Secrecy == Secrecy.None && d.Status == DocumentStatus.InRoute && d.WaitingFor != null && d.DueAt < now)
            .GroupBy(d => d.WaitingFor!)
            .Select(g => new { Post = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Post, g => g.Count, ct);

        var figures = TimeInPostCalculator.Compute(days, now, calendar.TimeZone, actions, overdue);
        return new TimeInPostReport(figures.Days, figures.From, figures.Until,
            [.. figures.Posts.Select(Row)],
            [.. figures.Months.Select(m => new MonthRow(m.Year, m.Month, ThaiDate.MonthArabic(m.Year, m.Month), m.Submitted, m.Signed))],
            [.. figures.Routes.Select(Row)]);
    }

    private PostWaitRow Row(PostWait w)
    {
        var title = posts.Of(w.Post);
        return new PostWaitRow(w.Post, title.Th, title.En, w.Actions, Hours(w.Median), Hours(w.Percentile90), w.OverdueNow);
    }

    private RouteRow Row(RouteTurnbacks r)
    {
        var route = routes.Catalog.Find(r.RouteId);
        return new RouteRow(r.RouteId, route?.TitleTh ?? r.RouteId, route?.TitleEn ?? r.RouteId, r.Returns, r.Refusals);
    }

    private static double? Hours(TimeSpan? wait) => wait is { } w ? Math.Round(w.TotalHours, 2) : null;
}
