using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>The /admin/holidays forms: the API's rules and audit, anti-forgery on every form, messages in the interface language.</summary>
public abstract class HolidayPageTestsBase(WorkflowApp app)
{
    private const string Page = "/admin/holidays";

    private const string AdminName = "holidays-page-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        await AdminAccounts.SignInAsync(app, AdminName);
        return await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await CookieSession.TokenAsync(browser, Page);
        return await browser.PostAsync($"{Page}?handler={handler}", new FormUrlEncodedContent(fields), Ct);
    }

    private Task<int> HolidaysAsync(string date) =>
        app.ReadDbAsync(db => db.Holidays.CountAsync(h => h.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Ct));

    [Fact]
    public async Task Page_lists_the_holidays_by_buddhist_era_year_with_weekend_days_noted()
    {
        var html = await (await AdminAsync()).GetStringAsync(Page, Ct);

        Assert.Contains("พ.ศ. 2569", html);
        Assert.Contains("พ.ศ. 2570", html);
        Assert.Contains("วันรัฐธรรมนูญ", html);
        Assert.Contains("ตรงกับวันเสาร์หรืออาทิตย์", html);
    }

    [Fact]
    public async Task Add_form_adds_the_holiday_and_the_page_shows_it_with_its_history()
    {
        var browser = await AdminAsync();

        using var added = await PostFormAsync(browser, "Add", new() { ["Input.Date"] = "2027-08-03", ["Input.NameTh"] = "วันหยุด <ทดสอบ>", ["Input.NameEn"] = "Test day" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/admin/holidays?done=added", added.Headers.Location!.OriginalString);
        var html = await browser.GetStringAsync(Page, Ct);
        Assert.Contains("วันหยุด &lt;ทดสอบ&gt;", html);
        Assert.DoesNotContain("วันหยุด <ทดสอบ>", html);
        Assert.Equal(1, await HolidaysAsync("2027-08-03"));
        Assert.Contains("data-testid=\"admin-history\"", html);
    }

    [Fact]
    public async Task Add_form_without_the_anti_forgery_token_is_refused_and_adds_nothing()
    {
        var browser = await AdminAsync();

        using var response = await browser.PostAsync($"{Page}?handler=Add",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Date"] = "2027-08-10", ["Input.NameTh"] = "วันหยุดปลอม" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await HolidaysAsync("2027-08-10"));
    }

    [Fact]
    public async Task Add_form_without_a_thai_name_says_so_next_to_the_field_and_adds_nothing()
    {
        var browser = await AdminAsync();

        using var response = await PostFormAsync(browser, "Add", new() { ["Input.Date"] = "2027-08-17", ["Input.NameTh"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("กรุณากรอกชื่อภาษาไทย", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await HolidaysAsync("2027-08-17"));
    }

    [Fact]
    public async Task Add_form_with_a_date_already_listed_answers_409_with_the_message_in_thai()
    {
        var browser = await AdminAsync();

        using var response = await PostFormAsync(browser, "Add", new() { ["Input.Date"] = "2026-12-10", ["Input.NameTh"] = "วันซ้ำ" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("วันนี้เป็นวันหยุดในรายการอยู่แล้ว", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, await HolidaysAsync("2026-12-10"));
    }

    [Fact]
    public async Task Remove_form_removes_the_holiday()
    {
        var browser = await AdminAsync();
        (await PostFormAsync(browser, "Add", new() { ["Input.Date"] = "2027-08-24", ["Input.NameTh"] = "วันหยุดที่จะลบ" })).Dispose();

        using var removed = await PostFormAsync(browser, "Remove", new() { ["date"] = "2027-08-24" });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await HolidaysAsync("2027-08-24"));
    }

    [Fact]
    public async Task Year_forms_add_a_covered_year_and_remove_it_while_empty()
    {
        var browser = await AdminAsync();

        using var added = await PostFormAsync(browser, "AddYear", new() { ["Year.YearBe"] = "2572" });
        var listed = await browser.GetStringAsync(Page, Ct);
        using var removed = await PostFormAsync(browser, "RemoveYear", new() { ["yearBe"] = "2572" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("data-testid=\"holiday-year-2572\"", listed);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.ReadDbAsync(db => db.HolidayYears.AnyAsync(y => y.YearBe == 2572, Ct)));
    }

    [Fact]
    public async Task Year_form_refuses_a_common_era_year_next_to_the_field()
    {
        var browser = await AdminAsync();

        using var response = await PostFormAsync(browser, "AddYear", new() { ["Year.YearBe"] = "2027" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ปี พ.ศ.ต้องเป็นปีพุทธศักราช 2500 ถึง 2700", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Page_is_for_administrators_only()
    {
        var browser = await CookieSession.SignInAsync(app, Demo.Clerk);

        using var response = await browser.GetAsync(Page, Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("วันรัฐธรรมนูญ", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Administration_index_links_the_holiday_page()
    {
        var html = await (await AdminAsync()).GetStringAsync("/admin", Ct);

        Assert.Contains("href=\"/admin/holidays\"", html);
    }
}

/// <summary>HolidayPageTests on SQLite (the default provider).</summary>
public sealed class HolidayPageTests(WorkflowApp app) : HolidayPageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>HolidayPageTests on PostgreSQL (ADR 33).</summary>
public sealed class HolidayPageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : HolidayPageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
