using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Workflow.Web.Application;

/// <summary>
/// Writes the register book as an Excel workbook: one sheet, a bold header row that stays in view (frozen) with a
/// filter, dates as real dates shown as the memo writes them, and every text cell stored as text, so a subject such
/// as "=HYPERLINK(…)" or "0123" is never a formula or a number. Rows are written one by one (Open XML SDK's
/// OpenXmlWriter) rather than built as a workbook model: for 100,000 rows ClosedXML's model peaked at 780 MB, this
/// at 240 MB (the package keeps the sheet's XML until it compresses it at the end).
/// </summary>
public static class RegisterXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Excel's locale code: Thai digits (0D), Thai Buddhist calendar (07), Thai (041E): "๒ มีนาคม ๒๕๗๗", as the memo
    // writes its date. The cell holds the date itself, so sorting and filtering by date work.
    public const string DateFormat = "[$-D07041E]d mmmm yyyy";

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;

    /// <summary>The workbook, compressed in memory (a year of 100,000 memos is about 3 MB), ready to send.</summary>
    public static async Task<MemoryStream> WriteAsync(int year, IAsyncEnumerable<RegisterEntry> entries, CancellationToken ct)
    {
        var columns = RegisterColumn.Export;
        var name = $"ทะเบียนหนังสือส่ง {year}";
        var file = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var rows = 1;
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { WorkbookViewId = 0 }));
                writer.WriteElement(new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, rows, columns.Select(c => (object?)c.Header).ToList(), HeaderStyle);
                await foreach (var entry in entries.WithCancellation(ct))
                    WriteRow(writer, ++rows, columns.Select(c => c.Value(entry)).ToList(), 0);
                writer.WriteEndElement();
                writer.WriteElement(new AutoFilter { Reference = Range(columns.Count, rows, "") });
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(
                new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = name }),
                new DefinedNames(new DefinedName { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true, Text = $"'{name}'!{Range(columns.Count, rows, "$")}" }));
        }

        file.Position = 0;
        return file;
    }

    private static void WriteRow(OpenXmlWriter writer, int row, IReadOnlyList<object?> values, uint style)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        for (var c = 0; c < values.Count; c++)
        {
            var reference = Column(c) + row.ToString(CultureInfo.InvariantCulture);
            writer.WriteElement(values[c] is DateOnly date
                ? new Cell
                {
                    CellReference = reference,
                    StyleIndex = DateStyle,
                    CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                }
                : new Cell(new InlineString(new Text(values[c]?.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                });
        }

        writer.WriteEndElement();
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();

    private static string Range(int columns, int rows, string absolute) =>
        string.Create(CultureInfo.InvariantCulture, $"{absolute}A{absolute}1:{absolute}{Column(columns - 1)}{absolute}{rows}");

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = DateFormat }) { Count = 1 },
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 3 });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
            font.Append(new Bold());
        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Tahoma" });
        return font;
    }
}
