namespace Workflow.Core.Reports;

/// <summary>Where the time went over a period ending at <see cref="Until"/>: waits per post, months, returns and refusals per route.</summary>
public sealed record TimeInPostFigures(
    int Days,
    DateTimeOffset From,
    DateTimeOffset Until,
    IReadOnlyList<PostWait> Posts,
    IReadOnlyList<MonthCount> Months,
    IReadOnlyList<RouteTurnbacks> Routes);

/// <summary>How long memos waited at a post before it acted (Actions of them in the period), and how many are overdue there now.</summary>
public sealed record PostWait(string Post, int Actions, TimeSpan? Median, TimeSpan? Percentile90, int OverdueNow);

/// <summary>Memos first submitted and memos signed in a calendar month of the organisation's time zone.</summary>
public sealed record MonthCount(int Year, int Month, int Submitted, int Signed);

/// <summary>Memos sent back (ส่งคืน) and refused (ไม่อนุญาต) on a route in the period.</summary>
public sealed record RouteTurnbacks(string RouteId, int Returns, int Refusals);
