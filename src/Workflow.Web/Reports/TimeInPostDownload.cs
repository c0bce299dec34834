using Workflow.Web.Application;

namespace Workflow.Web.Reports;

/// <summary>The answers the page's CSV and the API share: the figures as CSV or JSON, or the 400 naming <c>days</c>.</summary>
public static class TimeInPostDownload
{
    public static async Task<IResult> CsvAsync(string? days, TimeInPostQuery query, HttpContext http)
    {
        var period = TimeInPostPeriod.Parse(days);
        if (!period.Succeeded)
            return period.Failure.ToProblem();
        var report = await query.RunAsync(period.Value, http.RequestAborted);
        // A few dozen lines: written to memory, then sent as one file.
        using var csv = new MemoryStream();
        await TimeInPostCsv.WriteAsync(csv, report, http.RequestAborted);
        return Results.File(csv.ToArray(), TimeInPostCsv.ContentType, TimeInPostCsv.FileName(period.Value));
    }

    public static async Task<IResult> JsonAsync(string? days, TimeInPostQuery query, HttpContext http)
    {
        var period = TimeInPostPeriod.Parse(days);
        return period.Succeeded ? Results.Ok(await query.RunAsync(period.Value, http.RequestAborted)) : period.Failure.ToProblem();
    }
}
