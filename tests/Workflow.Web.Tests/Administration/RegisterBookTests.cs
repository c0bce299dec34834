using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>The register book of a year, as the administrator reads it and as Excel opens its CSV.</summary>
public abstract class RegisterBookTestsBase(ClockedWorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> YearWithMemosAsync(int year, params string[] subjects)
    {
        await RegisterYears.SubmitAsync(app, year, subjects);
        await app.Api.CreateDraftAsync(subject: "ร่างที่ยังไม่ส่ง");
        return await AdminAccounts.SignInAsync(app, "book-admin");
    }

    [Fact]
    public async Task Register_lists_the_numbered_memos_of_the_year_newest_first()
    {
        var admin = await YearWithMemosAsync(2575, "ขอซ่อมถนน", "ขอจัดซื้อวัสดุ", "ขอเผยแพร่รายงาน");

        var book = await admin.GetFromJsonAsync<JsonElement>("/api/admin/register?year=2575", Ct);

        Assert.Equal(3, book.GetProperty("total").GetInt32());
        var items = book.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["นม ๕๓๘๐๑/๓", "นม ๕๓๘๐๑/๒", "นม ๕๓๘๐๑/๑"], items.Select(i => i.GetProperty("registerNumber").GetString()));
        Assert.Equal("ขอเผยแพร่รายงาน", items[0].GetProperty("subject").GetString());
        Assert.Equal("InRoute", items[0].GetProperty("state").GetString());
        Assert.StartsWith("สำนักปลัดเทศบาล", items[0].GetProperty("department").GetString());
        Assert.False(string.IsNullOrEmpty(items[0].GetProperty("author").GetString()));
    }

    [Fact]
    public async Task Administrator_sees_the_subject_in_the_register_but_cannot_open_the_memo()
    {
        var admin = await YearWithMemosAsync(2580, "ขอซ่อมถนน");
        var book = await admin.GetFromJsonAsync<JsonElement>("/api/admin/register?year=2580", Ct);
        var id = book.GetProperty("items")[0].GetProperty("id").GetGuid();

        using var memo = await admin.GetAsync($"/api/documents/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, memo.StatusCode);
    }

    [Theory]
    [InlineData(2576, "/2")]
    [InlineData(2578, "/๒")]
    [InlineData(2579, "จัดซื้อ")]
    public async Task Register_search_finds_a_memo_by_number_in_either_digits_or_by_subject(int year, string query)
    {
        var admin = await YearWithMemosAsync(year, "ขอซ่อมถนน", "ขอจัดซื้อวัสดุ");

        var book = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/register?year={year}&q={Uri.EscapeDataString(query)}", Ct);

        var item = Assert.Single(book.GetProperty("items").EnumerateArray());
        Assert.Equal("ขอจัดซื้อวัสดุ", item.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Register_export_opens_as_Excel_expects_with_BOM_CRLF_Thai_and_a_header_row()
    {
        var admin = await YearWithMemosAsync(2577, "ขอซ่อมถนน, หมู่ ๓", "=HYPERLINK(\"http://x\")");

        using var response = await admin.GetAsync("/api/admin/register/export.csv?year=2577", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("register-2577.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));
        Assert.Equal("ที่,ลงวันที่,เรื่อง,ผู้เขียน,ส่วนราชการ,สถานะ", lines[0]);
        Assert.StartsWith("นม ๕๓๘๐๑/๒,2 มีนาคม พ.ศ. 2577,", lines[1]);
        Assert.StartsWith("นม ๕๓๘๐๑/๑,2 มีนาคม พ.ศ. 2577,\"ขอซ่อมถนน, หมู่ ๓\",", lines[2]);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.Equal([""], lines[3..]);
    }
}

/// <summary>RegisterBookTests on SQLite (the default provider).</summary>
public sealed class RegisterBookTests(ClockedWorkflowApp app) : RegisterBookTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>RegisterBookTests on PostgreSQL (ADR 33).</summary>
public sealed class RegisterBookOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : RegisterBookTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
