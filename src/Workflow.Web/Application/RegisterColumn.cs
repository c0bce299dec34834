namespace Workflow.Web.Application;

/// <summary>
/// One column of the exported register book. Both exports (CSV and .xlsx) are written from <see cref="Export"/>,
/// so the two files cannot drift apart. A value is a string, or a <see cref="DateOnly"/> each file writes its own way.
/// </summary>
public sealed record RegisterColumn(string Header, double Width, Func<RegisterEntry, object?> Value)
{
    /// <summary>Number, date, subject, author, department, state; widths in characters, as a spreadsheet counts them.</summary>
    public static readonly IReadOnlyList<RegisterColumn> Export =
    [
        new("ที่", 18, e => e.RegisterNumber),
        new("ลงวันที่", 20, e => e.Date),
        new("เรื่อง", 60, e => e.Subject),
        new("ผู้เขียน", 28, e => e.Author),
        new("ส่วนราชการ", 45, e => e.Department),
        new("สถานะ", 12, e => e.State),
    ];
}
