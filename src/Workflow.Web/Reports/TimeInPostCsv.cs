using System.Globalization;
using CsvHelper;

namespace Workflow.Web.Reports;

/// <summary>
/// The time-in-post figures as one CSV file for Excel (UTF-8 with a BOM, CRLF, as the register's): three blocks, each
/// with its header row (section, then its columns): waits per post, months, returns and refusals per route. Every row
/// has the same number of fields (RFC 4180), the shorter blocks padded with empty ones.
/// </summary>
public static class TimeInPostCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const int Fields = 7;

    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static string FileName(int days) => string.Create(CultureInfo.InvariantCulture, $"time-in-post-{days}d.csv");

    public static async Task WriteAsync(Stream output, TimeInPostReport report, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await WriteAsync(csv, ["section", "post", "title_th", "actions", "median_hours", "p90_hours", "overdue_now"], ct);
        foreach (var p in report.Posts)
            await WriteAsync(csv, ["post", p.Post, p.TitleTh, Number(p.Actions), Number(p.MedianHours), Number(p.Percentile90Hours), Number(p.OverdueNow)], ct);
        await WriteAsync(csv, ["section", "month", "month_th", "submitted", "signed"], ct);
        foreach (var m in report.Months)
            await WriteAsync(csv, ["month", string.Create(CultureInfo.InvariantCulture, $"{m.Year:0000}-{m.Month:00}"), m.NameTh, Number(m.Submitted), Number(m.Signed)], ct);
        await WriteAsync(csv, ["section", "route", "title_th", "returns", "refusals"], ct);
        foreach (var r in report.Routes)
            await WriteAsync(csv, ["route", r.RouteId, r.TitleTh, Number(r.Returns), Number(r.Refusals)], ct);
        await csv.FlushAsync(ct);
    }

    private static ValueTask WriteAsync(CsvWriter csv, string[] fields, CancellationToken ct) =>
        csv.WriteRecordAsync([.. fields, .. Enumerable.Repeat("", Fields - fields.Length)], ct);

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
