using System.Text.Json;
using Workflow.Web.Tests.Classes;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>
/// A memo's due time counts working days from its arrival on the app's clock (memo-approval gives the section head
/// P2D), urgency makes it earlier, and the inbox and the memo page say when it is due and when it is overdue.
/// Each test uses its own week of March 2570 BE (2027), which has no holiday.
/// </summary>
public abstract class DueTimeTestsBase(ClockedWorkflowApp app)
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> SubmittedAtAsync(DateTimeOffset at, string? urgency = null)
    {
        app.SetClock(at);
        return await ClassDrafts.SubmittedAsync(app, urgency, subject: $"เรื่องกำหนดเวลา {Guid.NewGuid():N}");
    }

    private async Task<JsonElement> InboxItemAsync(Guid id)
    {
        var inbox = await ClassDrafts.GetAsync(app, Demo.Section, "/api/inbox");
        return inbox.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Memo_submitted_on_a_step_due_in_two_days_is_due_at_close_of_the_second_working_day()
    {
        var id = await SubmittedAtAsync(new DateTimeOffset(2027, 3, 8, 10, 0, 0, Bangkok));

        var memo = await app.Api.GetDocumentAsync(Demo.Legal, id);

        Assert.Equal(new DateTimeOffset(2027, 3, 10, 16, 30, 0, Bangkok), memo.DueAt);
        Assert.False(memo.Overdue);
    }

    [Fact]
    public async Task Memo_submitted_on_a_friday_afternoon_is_due_after_the_weekend()
    {
        var id = await SubmittedAtAsync(new DateTimeOffset(2027, 3, 5, 15, 0, 0, Bangkok));

        var memo = await app.Api.GetDocumentAsync(Demo.Legal, id);

        Assert.Equal(new DateTimeOffset(2027, 3, 9, 16, 30, 0, Bangkok), memo.DueAt);
    }

    [Fact]
    public async Task Urgent_memo_is_due_earlier_than_one_without_a_class()
    {
        var plain = await SubmittedAtAsync(new DateTimeOffset(2027, 3, 22, 10, 0, 0, Bangkok));
        var urgent = await SubmittedAtAsync(new DateTimeOffset(2027, 3, 22, 10, 0, 0, Bangkok), "urgent");

        Assert.Equal(new DateTimeOffset(2027, 3, 24, 16, 30, 0, Bangkok), (await app.Api.GetDocumentAsync(Demo.Legal, plain)).DueAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 23, 16, 30, 0, Bangkok), (await app.Api.GetDocumentAsync(Demo.Legal, urgent)).DueAt);
    }

    [Fact]
    public async Task Inbox_api_gives_the_due_time_and_marks_the_memo_overdue_only_after_it()
    {
        var id = await SubmittedAtAsync(new DateTimeOffset(2027, 3, 15, 10, 0, 0, Bangkok));

        app.SetClock(new DateTimeOffset(2027, 3, 17, 16, 0, 0, Bangkok));
        var before = await InboxItemAsync(id);
        app.SetClock(new DateTimeOffset(2027, 3, 17, 17, 0, 0, Bangkok));
        var after = await InboxItemAsync(id);

        Assert.Equal(new DateTimeOffset(2027, 3, 17, 16, 30, 0, Bangkok), before.GetProperty("dueAt").GetDateTimeOffset());
        Assert.False(before.GetProperty("overdue").GetBoolean());
        Assert.True(after.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Document_api_gives_a_signed_memo_no_due_time()
    {
        app.SetClock(new DateTimeOffset(2027, 3, 29, 9, 0, 0, Bangkok));
        var id = await app.Api.MemoAtStepAsync(3);
        await app.Api.ActOkAsync(Demo.Mayor, id, "sign");

        var memo = await app.Api.GetDocumentAsync(Demo.Legal, id);

        Assert.Null(memo.DueAt);
        Assert.False(memo.Overdue);
    }

    [Fact]
    public async Task Inbox_page_shows_the_due_date_in_the_buddhist_era_and_an_overdue_badge_in_words()
    {
        var id = await SubmittedAtAsync(new DateTimeOffset(2027, 3, 1, 10, 0, 0, Bangkok));
        app.SetClock(new DateTimeOffset(2027, 3, 4, 9, 0, 0, Bangkok));
        var browser = await CookieSession.SignInAsync(app, Demo.Section);

        var row = RowOf(await browser.GetStringAsync("/", Ct), id);

        Assert.Contains("3 มี.ค. 2570 16:30", row);
        Assert.Contains("เกินกำหนด", row);
    }

    [Fact]
    public async Task Memo_page_tells_the_author_where_the_memo_waits_since_when_and_until_when()
    {
        var id = await SubmittedAtAsync(new DateTimeOffset(2027, 4, 19, 10, 0, 0, Bangkok));
        var browser = await CookieSession.SignInAsync(app, Demo.Legal);

        var html = await browser.GetStringAsync($"/memos/{id}", Ct);

        Assert.Contains("รอ หัวหน้าฝ่ายปกครอง ตั้งแต่ 19 เม.ย. 2570 10:00 กำหนด 21 เม.ย. 2570 16:30", html);
        Assert.DoesNotContain("data-testid=\"overdue-badge\"", html);
    }

    [Fact]
    public async Task Memo_page_in_english_marks_an_overdue_memo()
    {
        var id = await SubmittedAtAsync(new DateTimeOffset(2027, 4, 26, 10, 0, 0, Bangkok));
        app.SetClock(new DateTimeOffset(2027, 4, 29, 9, 0, 0, Bangkok));
        var browser = await CookieSession.SignInAsync(app, Demo.Legal);

        var html = await browser.GetStringAsync($"/memos/{id}?culture=en", Ct);

        Assert.Contains("due 28 Apr 2027 16:30", html);
        Assert.Contains(">Overdue</span>", html);
    }

    private static string RowOf(string html, Guid id)
    {
        var at = html.IndexOf($"/memos/{id}", StringComparison.Ordinal);
        Assert.True(at >= 0, $"memo {id} is not in the inbox");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}

/// <summary>DueTimeTests on SQLite (the default provider).</summary>
public sealed class DueTimeTests(ClockedWorkflowApp app) : DueTimeTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>DueTimeTests on PostgreSQL (ADR 33).</summary>
public sealed class DueTimeOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : DueTimeTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
