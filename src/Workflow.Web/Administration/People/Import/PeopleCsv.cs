using System.Text;
using CsvHelper;
using Workflow.Core.Text;
using Workflow.Web.Application;

namespace Workflow.Web.Administration.People.Import;

/// <summary>
/// Reads a people file as Excel's "CSV UTF-8" writes it: UTF-8 with or without a BOM, CRLF, quoted fields, one header
/// row naming the columns (any order, any case). A file in another encoding, one that is not text, or one whose header
/// lacks a required column is refused as a whole, naming why.
/// </summary>
public static class PeopleCsv
{
    public const int MaxBytes = 1024 * 1024;

    public const int MaxRows = 2000;

    /// <summary>The header row, in the order of the example file (docs/examples/people.csv).</summary>
    public static readonly string[] Columns = ["userName", "namePrefix", "firstName", "lastName", "personalTitle", "department", "email", "phone", "language"];

    public static readonly string[] Required = ["userName", "firstName", "lastName"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ImportRefusal TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "import-too-large",
        $"The file is larger than {MaxBytes / 1024} KB.", (MaxBytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The rows with their line in the file, or why the file as a whole cannot be read.</summary>
    public static (IReadOnlyList<(int Line, PersonInput Person)> Rows, ImportRefusal? Refusal) Read(byte[] content)
    {
        if (content.Length > MaxBytes)
            return ([], TooLarge());
        if (Encoded(content) is { } refusal)
            return ([], refusal);
        var start = content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return ReadRecords(content.AsMemory(start));
        }
        catch (CsvFormatException)
        {
            return ([], NotCsv("The file is not CSV: its quoting is malformed."));
        }
    }

    private static (IReadOnlyList<(int, PersonInput)>, ImportRefusal?) ReadRecords(ReadOnlyMemory<byte> utf8)
    {
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            IncludeValuesInExceptions = false,
        };
        using var csv = CsvReader.Create(utf8, options);
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        var missing = Required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (header.Count == 0)
            return ([], new ImportRefusal(StatusCodes.Status400BadRequest, "import-empty", "The file is empty: it needs a header row and one row per person."));
        if (missing.Count > 0)
            return ([], new ImportRefusal(StatusCodes.Status400BadRequest, "import-missing-columns",
                $"The header row lacks the required columns {string.Join(", ", missing)} (the header is: {string.Join(", ", Columns)}).",
                string.Join(", ", missing)));
        var index = Columns.ToDictionary(c => c, c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
        var rows = new List<(int, PersonInput)>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
                return ([], new ImportRefusal(StatusCodes.Status400BadRequest, "import-too-many-rows",
                    $"The file has more than {MaxRows} rows; split it.", MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            string? Cell(string column) => index[column] is >= 0 and var i && i < csv.FieldCount
                ? People.Clean(PlainTextRules.Clean(csv.GetString(i), multiline: false))
                : null;
            rows.Add(((int)csv.LineNumber, new PersonInput
            {
                UserName = Cell("userName"),
                NamePrefix = Cell("namePrefix"),
                FirstName = Cell("firstName"),
                LastName = Cell("lastName"),
                PersonalTitle = Cell("personalTitle"),
                DepartmentKey = Cell("department"),
                Email = Cell("email"),
                Phone = Cell("phone"),
                // Excel users type TH or En as readily as th; an empty cell leaves the default (Thai).
                Language = Cell("language")?.ToLowerInvariant(),
            }));
        }

        return (rows, null);
    }

    /// <summary>Refuses what is not UTF-8 text, naming what it looks like, so the person knows how to save it again.</summary>
    private static ImportRefusal? Encoded(byte[] content)
    {
        var bytes = content.AsSpan();
        if (bytes.Length == 0)
            return new ImportRefusal(StatusCodes.Status400BadRequest, "import-empty", "The file is empty: it needs a header row and one row per person.");
        if (bytes.StartsWith("PK\u0003\u0004"u8))
            return NotCsv("The file is an Excel workbook (.xlsx) or another zip file, not CSV: in Excel choose Save As, \"CSV UTF-8 (Comma delimited)\".");
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            return NotUtf8("UTF-16");
        if (bytes.Contains((byte)0))
            return NotCsv("The file is not CSV: it is not text at all.");
        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return NotUtf8(LooksThai(bytes) ? "Windows-874 (TIS-620)" : "");
        }
    }

    // Thai letters, vowels and tone marks of TIS-620 / Windows-874 lie in 0xA1–0xFB; UTF-8 never has them alone.
    private static bool LooksThai(ReadOnlySpan<byte> bytes)
    {
        int high = 0, thai = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
                continue;
            high++;
            if (b is >= 0xA1 and <= 0xFB)
                thai++;
        }

        return high > 0 && thai * 10 >= high * 9;
    }

    private static ImportRefusal NotUtf8(string looksLike) => new(StatusCodes.Status415UnsupportedMediaType, "import-not-utf8",
        "The file is not UTF-8" + (looksLike.Length > 0 ? $": it looks like {looksLike}" : "")
        + ". In Excel choose Save As, \"CSV UTF-8 (Comma delimited) (*.csv)\", and send that file.", looksLike);

    private static ImportRefusal NotCsv(string detail) => new(StatusCodes.Status415UnsupportedMediaType, "import-not-csv", detail);
}
