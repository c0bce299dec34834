namespace Workflow.Web.Reports;

/// <summary>
/// The time-in-post figures as the page, the CSV and GET /api/reports/time-in-post show them: posts and routes with
/// their titles, waits in hours. Secret memos are in no figure (<see cref="SecretMemosLeftOut"/> says so to a client).
/// </summary>
public sealed record TimeInPostReport(
    int Days,
    DateTimeOffset From,
    DateTimeOffset Until,
    IReadOnlyList<PostWaitRow> Posts,
    IReadOnlyList<MonthRow> Months,
    IReadOnlyList<RouteRow> Routes)
{
    public bool SecretMemosLeftOut => true;
}
