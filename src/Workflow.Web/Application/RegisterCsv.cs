using CsvHelper;
using Workflow.Core.Formatting;

namespace Workflow.Web.Application;

/// <summary>
/// Writes the register book as Excel opens it without an import dialog: UTF-8 with a BOM (or Thai comes out
/// garbled), CRLF line ends, one header row. A subject starting with "=" or "+" is written as text, not a formula.
/// </summary>
public static class RegisterCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<RegisterEntry> entries, CancellationToken ct)
    {
        var columns = RegisterColumn.Export;
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordAsync([.. columns.Select(c => c.Header)], ct);
        await foreach (var e in entries.WithCancellation(ct))
            await csv.WriteRecordAsync([.. columns.Select(c => Text(c.Value(e)))], ct);
        await csv.FlushAsync(ct);
    }

    private static string Text(object? value) => value switch
    {
        DateOnly date => ThaiDate.FormatArabic(date),
        null => "",
        _ => value.ToString() ?? "",
    };
}
