using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>The /admin/organisation and /admin/departments forms: the same service and rules as the API, messages in Thai next to the field.</summary>
public abstract class OrganisationPageTestsBase(WorkflowApp app)
{
    private const string AdminName = "org-page-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Browser, string Token)> AdminPageAsync(string page)
    {
        await AdminAccounts.SignInAsync(app, AdminName);
        var browser = await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);
        return (browser, await CookieSession.TokenAsync(browser, page));
    }

    private async Task<Dictionary<string, string>> ProfileFormAsync(string token)
    {
        var profile = await app.ReadDbAsync(db => db.Organisations.AsNoTracking().SingleAsync());
        return new Dictionary<string, string>
        {
            ["Input.NameTh"] = profile.NameTh, ["Input.NameEn"] = profile.NameEn, ["Input.LetterCode"] = profile.LetterCode,
            ["Input.Address"] = profile.Address, ["Input.Telephone"] = profile.Telephone, ["Input.TimeZone"] = profile.TimeZone,
            ["Input.YearBasis"] = profile.YearBasis.ToString(), ["Input.Version"] = profile.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        };
    }

    [Fact]
    public async Task Profile_form_saves_the_telephone()
    {
        var (browser, token) = await AdminPageAsync("/admin/organisation");
        var form = await ProfileFormAsync(token);
        form["Input.Telephone"] = "๐ ๔๔๔๗ ๙๙๙๙";

        using var response = await browser.PostAsync("/admin/organisation?handler=Save", new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("๐ ๔๔๔๗ ๙๙๙๙", await app.ReadDbAsync(db => db.Organisations.Select(o => o.Telephone).SingleAsync()));
    }

    [Fact]
    public async Task Profile_form_shows_the_time_zone_refusal_next_to_the_field()
    {
        var (browser, token) = await AdminPageAsync("/admin/organisation");
        var form = await ProfileFormAsync(token);
        form["Input.TimeZone"] = "Bangkok";

        using var response = await browser.PostAsync("/admin/organisation?handler=Save", new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches("id=\"time-zone-error\"[^>]*>ไม่รู้จักเขตเวลานี้", html);
        Assert.Equal("Asia/Bangkok", await app.ReadDbAsync(db => db.Organisations.Select(o => o.TimeZone).SingleAsync()));
    }

    [Fact]
    public async Task Emblem_form_refuses_a_file_that_is_not_a_png()
    {
        var (browser, token) = await AdminPageAsync("/admin/organisation");
        var file = new ByteArrayContent(TestPdf.Small());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "emblem", "emblem.png" } };

        using var response = await browser.PostAsync("/admin/organisation?handler=Emblem", content, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("ตราสัญลักษณ์ต้องเป็นไฟล์ PNG", await response.Content.ReadAsStringAsync(Ct));
        Assert.Null(await app.ReadDbAsync(db => db.Organisations.Select(o => o.EmblemSha256).SingleAsync()));
    }

    [Fact]
    public async Task Department_form_creates_a_department()
    {
        var (browser, token) = await AdminPageAsync("/admin/departments");
        var key = "works-" + Guid.NewGuid().ToString("N")[..6];

        using var response = await browser.PostAsync("/admin/departments", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Key"] = key, ["Input.NameTh"] = "กองช่าง", ["Input.NameEn"] = "Engineering Division",
            ["Input.IssuingLine"] = "กองช่าง โทร ๐ ๔๔๔๗ ๑๒๓๖", ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("กองช่าง โทร ๐ ๔๔๔๗ ๑๒๓๖", await browser.GetStringAsync($"/admin/departments/{key}", Ct));
    }

    [Fact]
    public async Task Department_form_shows_a_missing_name_in_thai()
    {
        var (browser, token) = await AdminPageAsync("/admin/departments");

        using var response = await browser.PostAsync("/admin/departments", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Key"] = "nameless", ["Input.IssuingLine"] = "กองช่าง", ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"name-th-error\">กรุณากรอกชื่อภาษาไทย</span>", await response.Content.ReadAsStringAsync(Ct));
    }
}

/// <summary>OrganisationPageTests on SQLite (the default provider).</summary>
public sealed class OrganisationPageTests(WorkflowApp app) : OrganisationPageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>OrganisationPageTests on PostgreSQL (ADR 33).</summary>
public sealed class OrganisationPageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : OrganisationPageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
