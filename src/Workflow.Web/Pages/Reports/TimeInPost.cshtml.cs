using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Workflow.Core.Reports;
using Workflow.Web.Pages.Support;
using Workflow.Web.Reports;

namespace Workflow.Web.Pages.Reports;

/// <summary>
/// Where the time goes (ADR 27): waits per post, overdue memos, months, returns and refusals, as SVG charts and tables,
/// for holders of a post given the right. Everyone else, signed in or not, gets the answer an unknown address gets: 404.
/// A period other than 30, 90 or 365 days is shown as an error above the default period's figures.
/// </summary>
[AllowAnonymous]
public sealed class TimeInPostModel(TimeInPostAccess access, TimeInPostQuery query) : MemoPageModel
{
    public IReadOnlyList<int> Periods => TimeInPostCalculator.Periods;

    public TimeInPostReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? days, CancellationToken ct)
    {
        if (!await access.MaySeeAsync())
            return NotFound();
        var period = TimeInPostPeriod.Parse(days);
        Report = await query.RunAsync(period.Succeeded ? period.Value : TimeInPostPeriod.Default, ct);
        return period.Succeeded ? Page() : Fail(period.Failure);
    }
}
