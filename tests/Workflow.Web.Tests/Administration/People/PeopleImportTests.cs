using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration.People;

/// <summary>
/// CSV import as Excel writes it (BOM, CRLF, quoted fields, Thai): the preview shows each row's errors, and a file
/// with any bad row imports nothing. Other encodings, other files and missing columns are refused naming why.
/// </summary>
public abstract class PeopleImportTestsBase(WorkflowApp app)
{
    private const string Header = "userName,namePrefix,firstName,lastName,personalTitle,department,email,phone\r\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Excel(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private async Task<HttpResponseMessage> UploadAsync(byte[] content, bool dryRun, string fileName = "people.csv")
    {
        await PeopleApi.AddDepartmentAsync(app, "clerk-office", "สำนักปลัดเทศบาล");
        await PeopleApi.AddDepartmentAsync(app, "finance", "กองคลัง");
        var admin = await AdminAccounts.SignInAsync(app, "import-admin");
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await admin.PostAsync("/api/admin/people/import" + (dryRun ? "?dryRun=true" : ""), form, Ct);
    }

    /// <summary>The number of accounts once the importing administrator exists (its first sign-in creates it).</summary>
    private async Task<int> PeopleCountAsync()
    {
        await AdminAccounts.EnsureAsync(app, "import-admin");
        return await app.ReadDbAsync(db => db.Users.CountAsync());
    }

    [Fact]
    public async Task Import_of_the_example_file_creates_every_person_with_thai_names_and_no_password()
    {
        var example = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "people.csv"), Ct);
        Assert.True(example.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "The example is saved as Excel saves CSV UTF-8.");

        using var response = await UploadAsync(example, dryRun: false);

        var result = await ApiClient.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
        Assert.Equal(5, result.GetProperty("people").GetArrayLength());
        var wilaiwan = await app.ReadDbAsync(db => db.Users.SingleAsync(u => u.UserName == "wilaiwan.s"));
        Assert.Equal("นางวิไลวรรณ สาธิต", wilaiwan.DisplayName);
        Assert.Equal("นักบริหารงานทั่วไป, ระดับต้น", wilaiwan.PersonalTitle);
        Assert.Null(wilaiwan.PasswordHash);
        Assert.Equal("Imported", Assert.Single(await PeopleApi.AuditAsync(app, wilaiwan.Id)).Action);
    }

    [Fact]
    public async Task Import_reads_the_optional_language_column_in_any_case_and_leaves_Thai_when_it_is_empty()
    {
        var file = Excel(Header.TrimEnd() + ",language\r\n"
            + "lang.english,นาย,ภาษา,อังกฤษ,,,,,EN\r\n"
            + "lang.empty,นาง,ภาษา,ว่าง,,,,,\r\n");

        using var response = await UploadAsync(file, dryRun: false);

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "import with a language column");
        Assert.Equal("en", await app.ReadDbAsync(db => db.Users.Where(u => u.UserName == "lang.english").Select(u => u.Language).SingleAsync()));
        Assert.Equal("th", await app.ReadDbAsync(db => db.Users.Where(u => u.UserName == "lang.empty").Select(u => u.Language).SingleAsync()));
    }

    [Fact]
    public async Task Preview_names_the_language_column_and_imports_nothing_when_a_language_is_unknown()
    {
        var file = Excel(Header.TrimEnd() + ",language\r\n" + "lang.french,นาย,ภาษา,ฝรั่งเศส,,,,,fr\r\n");
        var before = await PeopleCountAsync();

        using var preview = await UploadAsync(file, dryRun: true);
        using var import = await UploadAsync(file, dryRun: false);

        var row = Assert.Single((await ApiClient.ReadAsync<JsonElement>(preview, HttpStatusCode.OK)).GetProperty("rows").EnumerateArray());
        Assert.Equal(["language"], row.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
        Assert.Equal("import-has-errors", (await Problem.AssertAsync(import, HttpStatusCode.BadRequest)).GetProperty("code").GetString());
        Assert.Equal(before, await PeopleCountAsync());
    }

    [Fact]
    public async Task Preview_shows_every_row_with_its_errors_and_imports_nothing()
    {
        var file = Excel(Header
            + "good.row,นาย,ดี,ถูกต้อง,,clerk-office,good@chokchai.go.th,\r\n"
            + "twice,นาย,หนึ่ง,ครั้ง,,,,\r\n"
            + "twice,นาย,สอง,ครั้ง,,,,\r\n"
            + $"{Demo.Legal},นาง,มี,อยู่แล้ว,,,,\r\n"
            + "bad.mail,นาย,อีเมล,ผิด,,,not-an-address,\r\n"
            + "no.name,นาย,,,,,,\r\n"
            + "no.department,นาย,ไม่มี,กอง,,public-works,,\r\n");
        var before = await PeopleCountAsync();

        using var preview = await UploadAsync(file, dryRun: true);
        using var import = await UploadAsync(file, dryRun: false);

        var rows = (await ApiClient.ReadAsync<JsonElement>(preview, HttpStatusCode.OK)).GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        string[] Columns(int i) => [.. rows[i].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()!)];
        Assert.Empty(Columns(0));
        Assert.Empty(Columns(1));
        Assert.Equal(["userName"], Columns(2));
        Assert.Equal(["userName"], Columns(3));
        Assert.Equal(["email"], Columns(4));
        Assert.Equal(["firstName", "lastName"], Columns(5));
        Assert.Equal(["department"], Columns(6));
        Assert.Equal(4, rows[2].GetProperty("line").GetInt32());
        Assert.Equal("import-has-errors", (await Problem.AssertAsync(import, HttpStatusCode.BadRequest)).GetProperty("code").GetString());
        Assert.Equal(before, await PeopleCountAsync());
    }

    [Fact]
    public async Task File_in_windows_874_is_refused_naming_the_encoding_and_how_to_save_it()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var thai = Encoding.GetEncoding(874).GetBytes(Header + "somchai,นาย,สมชาย,ใจดี,นิติกร,,,\r\n");

        using var response = await UploadAsync(thai, dryRun: true);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("import-not-utf8", problem.GetProperty("code").GetString());
        Assert.Contains("Windows-874", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("png")]
    public async Task File_that_is_not_csv_is_refused(string kind)
    {
        byte[] content = kind == "xlsx"
            ? [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. Encoding.ASCII.GetBytes("[Content_Types].xml")]
            : [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var before = await PeopleCountAsync();

        using var response = await UploadAsync(content, dryRun: false, "people." + kind);

        Assert.Equal("import-not-csv", (await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType)).GetProperty("code").GetString());
        Assert.Equal(before, await PeopleCountAsync());
    }

    [Fact]
    public async Task File_without_the_required_columns_is_refused_naming_them()
    {
        using var response = await UploadAsync(Excel("name,surname\r\nสมชาย,ใจดี\r\n"), dryRun: true);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("import-missing-columns", problem.GetProperty("code").GetString());
        Assert.Contains("userName, firstName, lastName", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_page_previews_a_file_and_imports_it()
    {
        await AdminAccounts.SignInAsync(app, "import-page-admin");
        var browser = await CopiedBrowser.SignInAsync(app, "import-page-admin", AdminAccounts.Password);
        var file = Excel(Header + "\"page.import\",ว่าที่ร้อยตรี,ทดลอง,\"นำเข้า\",นิติกร,,,\r\n");

        using var preview = await browser.PostMultipartAsync("/admin/people/import", "/admin/people/import?handler=Preview", "Upload", file, "people.csv");
        var html = await preview.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("ว่าที่ร้อยตรีทดลอง นำเข้า", html, StringComparison.Ordinal);
        var previewed = System.Text.RegularExpressions.Regex.Match(html, "name=\"Previewed\" value=\"([^\"]+)\"").Groups[1].Value;

        using var imported = await browser.PostFormAsync("/admin/people/import", "/admin/people/import?handler=Import", new() { ["Previewed"] = WebUtility.HtmlDecode(previewed) });

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.True(await app.ReadDbAsync(db => db.Users.AnyAsync(u => u.UserName == "page.import")));
    }
}

/// <summary>PeopleImportTests on SQLite (the default provider).</summary>
public sealed class PeopleImportTests(WorkflowApp app) : PeopleImportTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PeopleImportTests on PostgreSQL (ADR 33).</summary>
public sealed class PeopleImportOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PeopleImportTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
