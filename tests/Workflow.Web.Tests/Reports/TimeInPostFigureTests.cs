using System.Net;
using Workflow.Web.Reports;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Reports;

/// <summary>
/// GET /api/reports/time-in-post, its CSV and the page, over memos acted at known times (<see cref="TimeInPostMemos"/>):
/// medians and 90th percentiles by linear interpolation (Excel's PERCENTILE.INC), secret memos in no figure.
/// </summary>
public abstract class TimeInPostFigureTestsBase(TimeInPostApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<TimeInPostReport> ReportAsync(int days = 30)
    {
        await app.Memos.EnsureAsync();
        return await app.Api.GetAsync<TimeInPostReport>(Demo.Clerk, $"/api/reports/time-in-post?days={days}");
    }

    private static PostWaitRow Post(TimeInPostReport report, string key) => Assert.Single(report.Posts, p => p.Post == key);

    [Fact]
    public async Task Time_in_post_gives_the_median_and_90th_percentile_wait_per_post()
    {
        var report = await ReportAsync();

        Assert.Equal((4, 4.5, 8.8), (Post(report, "section-head-admin").Actions, Post(report, "section-head-admin").MedianHours, Post(report, "section-head-admin").Percentile90Hours));
        Assert.Equal((3, 8.0, 11.2), (Post(report, "head-clerk-office").Actions, Post(report, "head-clerk-office").MedianHours, Post(report, "head-clerk-office").Percentile90Hours));
        Assert.Equal((24.0, 24.0), (Post(report, "municipal-clerk").MedianHours, Post(report, "municipal-clerk").Percentile90Hours));
        Assert.Equal((48.0, 1.0), (Post(report, "mayor").MedianHours!.Value, Post(report, "legal-officer").MedianHours!.Value));
    }

    [Fact]
    public async Task Time_in_post_counts_the_memos_overdue_now_at_each_post_without_the_secret_one()
    {
        var report = await ReportAsync();

        Assert.Equal((1, 1, 0), (Post(report, "municipal-clerk").OverdueNow, Post(report, "head-clerk-office").OverdueNow, Post(report, "section-head-admin").OverdueNow));
    }

    [Fact]
    public async Task Time_in_post_counts_first_submissions_and_signatures_per_month_in_the_Buddhist_Era()
    {
        var report = await ReportAsync();

        Assert.Equal(
            [(2027, 2, "กุมภาพันธ์ 2570", 0, 0), (2027, 3, "มีนาคม 2570", 3, 1)],
            report.Months.Select(m => (m.Year, m.Month, m.NameTh, m.Submitted, m.Signed)));
    }

    [Fact]
    public async Task Time_in_post_counts_returns_and_refusals_per_route()
    {
        var report = await ReportAsync();

        var route = Assert.Single(report.Routes);
        Assert.Equal((Demo.MemoRoute, 1, 1), (route.RouteId, route.Returns, route.Refusals));
    }

    [Fact]
    public async Task Time_in_post_counts_only_the_actions_inside_the_period()
    {
        var year = await ReportAsync(365);
        var quarter = await ReportAsync(90);

        Assert.Equal((5, 6.0), (Post(year, "section-head-admin").Actions, Post(year, "section-head-admin").MedianHours!.Value));
        Assert.Equal(4, Post(quarter, "section-head-admin").Actions);
        Assert.Equal(4, year.Months.Sum(m => m.Submitted));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-30")]
    [InlineData("ninety")]
    public async Task Time_in_post_api_refuses_another_period_naming_days(string days)
    {
        var clerk = await app.Api.LoginAsync(Demo.Clerk);

        using var response = await clerk.GetAsync($"/api/reports/time-in-post?days={days}", Ct);
        using var csv = await clerk.GetAsync($"/api/reports/time-in-post.csv?days={days}", Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "days");
        await Problem.AssertFieldAsync(csv, HttpStatusCode.BadRequest, "days");
    }

    [Fact]
    public async Task Time_in_post_csv_has_the_figures_for_excel()
    {
        await app.Memos.EnsureAsync();
        var browser = await CookieSession.SignInAsync(app, Demo.Mayor);

        using var response = await browser.GetAsync("/reports/time-in-post.csv?days=30", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Contains("post,section-head-admin,หัวหน้าฝ่ายปกครอง,4,4.5,8.8,0", lines);
        Assert.Contains("post,municipal-clerk,ปลัดเทศบาล,1,24,24,1", lines);
        Assert.Contains("month,2027-03,มีนาคม 2570,3,1,,", lines);
        Assert.EndsWith(",1,1,,", Assert.Single(lines, l => l.StartsWith("route,memo-approval,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Time_in_post_page_shows_the_charts_and_tables_and_says_secret_memos_are_left_out()
    {
        await app.Memos.EnsureAsync();
        var browser = await CookieSession.SignInAsync(app, Demo.Clerk);

        var html = await browser.GetStringAsync("/reports/time-in-post?days=30", Ct);

        Assert.Contains("data-testid=\"chart-waits\"", html);
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-months-title chart-months-desc\"", html);
        Assert.Contains("<td data-label=\"ค่ามัธยฐาน\" class=\"nowrap\">0 วัน 5 ชม.</td>", html);
        Assert.Contains("ไม่นับบันทึกข้อความชั้นความลับ", html);
        Assert.Contains("data-testid=\"nav-time-in-post\"", html);
    }

    [Fact]
    public async Task Time_in_post_page_shows_an_error_and_the_default_period_for_another_period()
    {
        await app.Memos.EnsureAsync();
        var browser = await CookieSession.SignInAsync(app, Demo.Clerk);

        using var response = await browser.GetAsync("/reports/time-in-post?days=45", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"error\"", html);
        Assert.Contains("<option value=\"90\" selected=\"selected\">", html);
    }
}

/// <summary>TimeInPostFigureTests on SQLite (the default provider).</summary>
public sealed class TimeInPostFigureTests(TimeInPostApp app) : TimeInPostFigureTestsBase(app), IClassFixture<TimeInPostApp>;

/// <summary>TimeInPostFigureTests on PostgreSQL (ADR 33).</summary>
public sealed class TimeInPostFigureOnPostgreSqlTests(OnPostgreSql<TimeInPostApp> db) : TimeInPostFigureTestsBase(db.App), IClassFixture<OnPostgreSql<TimeInPostApp>>;
