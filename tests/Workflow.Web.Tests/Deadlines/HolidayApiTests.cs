using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Classes;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>
/// The holiday list through /api/admin/holidays: the shipped list, a holiday added counting at once for memos that
/// arrive afterwards, covered years, and bad input refused naming the field with nothing changed.
/// </summary>
public abstract class HolidayApiTestsBase(ClockedWorkflowApp app)
{
    private const string Url = "/api/admin/holidays";

    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "holiday-admin");

    private Task<(int Holidays, int Years, int Audit)> CountsAsync() => app.ReadDbAsync(async db =>
        (await db.Holidays.CountAsync(Ct), await db.HolidayYears.CountAsync(Ct), await db.AdminAudit.CountAsync(Ct)));

    private async Task<HttpResponseMessage> AddAsync(object body) => await (await AdminAsync()).PostAsJsonAsync(Url, body, Ct);

    [Fact]
    public async Task List_holds_the_shipped_years_and_holidays_noting_weekend_days()
    {
        var list = await ApiClient.ReadAsync<JsonElement>(await (await AdminAsync()).GetAsync(Url, Ct), HttpStatusCode.OK);

        Assert.Equal([2569, 2570], list.GetProperty("yearsBe").EnumerateArray().Select(y => y.GetInt32()));
        var fathersDay = list.GetProperty("holidays").EnumerateArray().Single(h => h.GetProperty("date").GetString() == "2026-12-05");
        Assert.Equal(2569, fathersDay.GetProperty("yearBe").GetInt32());
        Assert.True(fathersDay.GetProperty("weekend").GetBoolean());
        Assert.Contains(list.GetProperty("holidays").EnumerateArray(), h => h.GetProperty("date").GetString() == "2026-12-10" && !h.GetProperty("weekend").GetBoolean());
    }

    [Fact]
    public async Task Holiday_added_makes_a_memo_submitted_afterwards_due_a_working_day_later()
    {
        var before = await CountsAsync();

        using var added = await AddAsync(new { date = "2027-03-16", nameTh = "วันหยุดพิเศษ", nameEn = "Special holiday" });
        app.SetClock(new DateTimeOffset(2027, 3, 15, 10, 0, 0, Bangkok));
        var id = await ClassDrafts.SubmittedAsync(app);

        var holiday = await ApiClient.ReadAsync<JsonElement>(added, HttpStatusCode.Created);
        Assert.Equal("/api/admin/holidays/2027-03-16", added.Headers.Location!.OriginalString);
        Assert.False(holiday.GetProperty("weekend").GetBoolean());
        Assert.Equal(new DateTimeOffset(2027, 3, 18, 16, 30, 0, Bangkok), (await app.Api.GetDocumentAsync(Demo.Legal, id)).DueAt);
        Assert.Equal((before.Holidays + 1, before.Audit + 1), ((await CountsAsync()).Holidays, (await CountsAsync()).Audit));
        Assert.Equal("Created", await app.ReadDbAsync(db => db.AdminAudit.Where(a => a.SubjectKind == "Holiday" && a.SubjectId == "2027-03-16").Select(a => a.Action).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Holiday_removed_is_a_working_day_again_for_memos_submitted_afterwards()
    {
        var admin = await AdminAsync();
        (await admin.PostAsJsonAsync(Url, new { date = "2027-04-06", nameTh = "วันหยุดที่จะยกเลิก" }, Ct)).Dispose();

        using var removed = await admin.DeleteAsync($"{Url}/2027-04-06", Ct);
        app.SetClock(new DateTimeOffset(2027, 4, 5, 10, 0, 0, Bangkok));
        var id = await ClassDrafts.SubmittedAsync(app);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(new DateTimeOffset(2027, 4, 7, 16, 30, 0, Bangkok), (await app.Api.GetDocumentAsync(Demo.Legal, id)).DueAt);
        using var again = await (await AdminAsync()).DeleteAsync($"{Url}/2027-04-06", Ct);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Weekend_day_is_accepted_and_noted()
    {
        using var added = await AddAsync(new { date = "2027-05-08", nameTh = "วันหยุดตรงวันเสาร์" });

        var holiday = await ApiClient.ReadAsync<JsonElement>(added, HttpStatusCode.Created);
        Assert.True(holiday.GetProperty("weekend").GetBoolean());
    }

    [Theory]
    [InlineData("2027-02-30", "วันหยุด", HttpStatusCode.BadRequest, "date")]
    [InlineData("16/03/2027", "วันหยุด", HttpStatusCode.BadRequest, "date")]
    [InlineData("2570-03-16", "วันหยุด", HttpStatusCode.BadRequest, "date")]
    [InlineData("2030-01-02", "วันหยุด", HttpStatusCode.BadRequest, "date")]
    [InlineData("2026-12-10", "วันซ้ำ", HttpStatusCode.Conflict, "date")]
    [InlineData("2027-06-01", "", HttpStatusCode.BadRequest, "nameTh")]
    [InlineData("2027-06-01", "<b>วันหยุด</b>", HttpStatusCode.BadRequest, "nameTh")]
    public async Task Bad_holiday_is_refused_naming_the_field_and_changes_nothing(string date, string nameTh, HttpStatusCode status, string field)
    {
        var before = await CountsAsync();

        using var response = await AddAsync(new { date, nameTh });

        await Problem.AssertFieldAsync(response, status, field);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Bad_date_in_the_address_of_a_removal_is_refused_naming_date()
    {
        var before = await CountsAsync();

        using var response = await (await AdminAsync()).DeleteAsync($"{Url}/2026-13-01", Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "date");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Year_is_covered_then_takes_holidays_and_is_removed_only_when_empty()
    {
        var admin = await AdminAsync();

        using var covered = await admin.PostAsJsonAsync($"{Url}/years", new { yearBe = 2571 }, Ct);
        using var twice = await admin.PostAsJsonAsync($"{Url}/years", new { yearBe = 2571 }, Ct);
        using var holiday = await admin.PostAsJsonAsync(Url, new { date = "2028-01-03", nameTh = "วันหยุดปีใหม่ชดเชย" }, Ct);
        using var inUse = await admin.DeleteAsync($"{Url}/years/2571", Ct);
        (await admin.DeleteAsync($"{Url}/2028-01-03", Ct)).Dispose();
        using var removed = await admin.DeleteAsync($"{Url}/years/2571", Ct);

        Assert.Equal(HttpStatusCode.Created, covered.StatusCode);
        await Problem.AssertFieldAsync(twice, HttpStatusCode.Conflict, "yearBe");
        Assert.Equal(HttpStatusCode.Created, holiday.StatusCode);
        await Problem.AssertFieldAsync(inUse, HttpStatusCode.Conflict, "yearBe");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var list = await ApiClient.ReadAsync<JsonElement>(await admin.GetAsync(Url, Ct), HttpStatusCode.OK);
        Assert.DoesNotContain(2571, list.GetProperty("yearsBe").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2569 - 2000)]
    [InlineData(9999)]
    public async Task Removing_a_year_outside_the_buddhist_era_range_answers_404_and_changes_nothing(int year)
    {
        var before = await CountsAsync();

        using var response = await (await AdminAsync()).DeleteAsync($"{Url}/years/{year}", Ct);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Year_outside_the_buddhist_era_range_is_refused_naming_yearBe()
    {
        var before = await CountsAsync();

        using var response = await (await AdminAsync()).PostAsJsonAsync($"{Url}/years", new { yearBe = 2027 }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "yearBe");
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData(Demo.Legal)]
    [InlineData(Demo.Mayor)]
    public async Task Non_administrator_is_refused_and_nothing_changes(string user)
    {
        var client = await app.Api.LoginAsync(user);
        var before = await CountsAsync();

        using var list = await client.GetAsync(Url, Ct);
        using var add = await client.PostAsJsonAsync(Url, new { date = "2027-07-01", nameTh = "วันหยุดที่ไม่ควรเกิด" }, Ct);
        using var remove = await client.DeleteAsync($"{Url}/2026-12-10", Ct);

        Assert.All([list, add, remove], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(before, await CountsAsync());
    }
}

/// <summary>HolidayApiTests on SQLite (the default provider).</summary>
public sealed class HolidayApiTests(ClockedWorkflowApp app) : HolidayApiTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>HolidayApiTests on PostgreSQL (ADR 33).</summary>
public sealed class HolidayApiOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : HolidayApiTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
