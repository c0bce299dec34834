using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Workflow.Core.Formatting;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>The register book of a year as an Excel workbook, opened here with ClosedXML as a spreadsheet program would.</summary>
public abstract class RegisterXlsxTestsBase(ClockedWorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> ExportAsync(int year, params string[] subjects)
    {
        await RegisterYears.SubmitAsync(app, year, subjects);
        var admin = await AdminAccounts.SignInAsync(app, "xlsx-admin");
        return await admin.GetAsync($"/api/admin/register/export.xlsx?year={year}", Ct);
    }

    private static async Task<IXLWorksheet> SheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return new XLWorkbook(file).Worksheets.Single();
    }

    [Fact]
    public async Task Register_xlsx_export_is_a_workbook_named_after_the_year()
    {
        using var response = await ExportAsync(2581, "ขอซ่อมถนน");

        Assert.Equal(RegisterXlsx.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("register-2581.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("ทะเบียนหนังสือส่ง 2581", (await SheetAsync(response)).Name);
    }

    [Fact]
    public async Task Register_xlsx_export_passes_the_Open_XML_validator()
    {
        using var response = await ExportAsync(2586, "ขอซ่อมถนน", "ขอจัดซื้อวัสดุ");
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));

        using var document = SpreadsheetDocument.Open(file, isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document, Ct).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task Register_xlsx_export_has_the_csv_header_frozen_above_the_rows()
    {
        using var response = await ExportAsync(2582, "ขอซ่อมถนน");
        var sheet = await SheetAsync(response);

        Assert.Equal(["ที่", "ลงวันที่", "เรื่อง", "ผู้เขียน", "ส่วนราชการ", "สถานะ"], sheet.Row(1).Cells(1, 6).Select(c => c.GetString()));
        Assert.All(sheet.Row(1).Cells(1, 6), c => Assert.True(c.Style.Font.Bold));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.All(sheet.Columns(1, 6), column => Assert.InRange(column.Width, 10, 80));
        Assert.True(sheet.Column(3).Width > sheet.Column(1).Width, "the subject column is the widest kind");
    }

    [Fact]
    public async Task Register_xlsx_export_lists_every_number_newest_first_with_ten_after_nine()
    {
        var subjects = Enumerable.Range(1, 10).Select(i => $"เรื่องที่ {i} ขอจัดซื้อวัสดุสำนักงาน").ToArray();

        using var response = await ExportAsync(2583, subjects);
        var sheet = await SheetAsync(response);

        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(n => "นม ๕๓๘๐๑/" + ThaiDigits.ToThai(n.ToString(CultureInfo.InvariantCulture))), rows.Select(r => r.Cell(1).GetString()));
        Assert.Equal(subjects.Reverse(), rows.Select(r => r.Cell(3).GetString()));
        Assert.All(rows, r => Assert.StartsWith("สำนักปลัดเทศบาล", r.Cell(5).GetString()));
        Assert.All(rows, r => Assert.Equal("InRoute", r.Cell(6).GetString()));
    }

    [Fact]
    public async Task Register_xlsx_export_writes_the_memo_date_as_a_date_shown_in_the_Buddhist_Era()
    {
        using var response = await ExportAsync(2584, "ขอซ่อมถนน");
        var cell = (await SheetAsync(response)).Cell(2, 2);

        Assert.Equal(XLDataType.DateTime, cell.DataType);
        Assert.Equal(new DateTime(2584 - 543, 3, 2), cell.GetDateTime());
        Assert.Equal(RegisterXlsx.DateFormat, cell.Style.DateFormat.Format);
    }

    [Fact]
    public async Task Register_xlsx_export_keeps_a_formula_or_number_looking_subject_as_text()
    {
        using var response = await ExportAsync(2585, "=HYPERLINK(\"http://x\")", "0123");
        var sheet = await SheetAsync(response);

        foreach (var (row, subject) in new[] { (2, "0123"), (3, "=HYPERLINK(\"http://x\")") })
        {
            var cell = sheet.Cell(row, 3);
            Assert.False(cell.HasFormula, subject);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(subject, cell.GetString());
        }
    }
}

/// <summary>RegisterXlsxTests on SQLite (the default provider).</summary>
public sealed class RegisterXlsxTests(ClockedWorkflowApp app) : RegisterXlsxTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>RegisterXlsxTests on PostgreSQL (ADR 33).</summary>
public sealed class RegisterXlsxOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : RegisterXlsxTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
