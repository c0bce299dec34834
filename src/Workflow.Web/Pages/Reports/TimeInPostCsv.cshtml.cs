using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Reports;

namespace Workflow.Web.Pages.Reports;

/// <summary>The time-in-post figures as CSV for the browser's session; the same readers and file as GET /api/reports/time-in-post.csv.</summary>
[AllowAnonymous]
public sealed class TimeInPostCsvModel(TimeInPostAccess access, TimeInPostQuery query) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? days)
    {
        if (!await access.MaySeeAsync())
            return NotFound();
        await (await TimeInPostDownload.CsvAsync(days, query, HttpContext)).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
