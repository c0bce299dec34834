using System.Net;
using System.Text.RegularExpressions;
using Workflow.Web.Notifications;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Notifications;

/// <summary>The bell in the navigation and the /notifications page, over a browser's cookie session.</summary>
public abstract partial class NotificationPageTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""data-testid="notification-count"[^>]*>([^<]+)<""")]
    private static partial Regex BellCount();

    private static async Task<string> BellAsync(HttpClient client) =>
        BellCount().Match(await client.GetStringAsync("/", Ct)).Groups[1].Value;

    [Fact]
    public async Task Bell_shows_the_unread_count_in_text_when_a_memo_waits()
    {
        var id = await app.Api.MemoAtStepAsync(0);
        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);
        var unread = (await Notified.ListAsync(app, Demo.Section)).Unread;

        using var browser = await CookieSession.SignInAsync(app, Demo.Section);
        var home = await browser.GetStringAsync("/", Ct);

        Assert.Equal(unread.ToString(System.Globalization.CultureInfo.InvariantCulture), BellCount().Match(home).Groups[1].Value);
        Assert.Contains($"{unread} รายการยังไม่ได้อ่าน", home);
    }

    [Fact]
    public async Task Page_lists_the_memo_with_its_link_when_it_waits_for_me()
    {
        var id = await app.Api.MemoAtStepAsync(0);
        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);

        using var browser = await CookieSession.SignInAsync(app, Demo.Section);
        var page = await browser.GetStringAsync("/notifications", Ct);

        Assert.Contains($"href=\"/memos/{id}\"", page);
        Assert.Contains("บันทึกข้อความรอท่านพิจารณา", page);
    }

    [Fact]
    public async Task Mark_all_read_empties_the_bell_when_posted_with_the_form_token()
    {
        var id = await app.Api.MemoAtStepAsync(0);
        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);
        using var browser = await CookieSession.SignInAsync(app, Demo.Section);
        var token = await CookieSession.TokenAsync(browser, "/notifications");

        using var response = await browser.PostAsync("/notifications?handler=ReadAll",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("0", await BellAsync(browser));
        Assert.Equal(0, (await Notified.ListAsync(app, Demo.Section)).Unread);
    }

    [Fact]
    public async Task Mark_read_is_refused_and_changes_nothing_when_the_form_token_is_missing()
    {
        var id = await app.Api.MemoAtStepAsync(0);
        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);
        var before = await Notified.ListAsync(app, Demo.Section);
        using var browser = await CookieSession.SignInAsync(app, Demo.Section);

        using var response = await browser.PostAsync("/notifications?handler=ReadAll", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before.Unread, (await Notified.ListAsync(app, Demo.Section)).Unread);
    }

    [Fact]
    public async Task Mark_read_answers_not_found_on_the_page_when_the_notification_is_another_persons()
    {
        var id = await app.Api.MemoAtStepAsync(0);
        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);
        var theirs = (await Notified.ListAsync(app, Demo.Section)).Items.First(n => n.DocumentId == id);
        using var browser = await CookieSession.SignInAsync(app, Demo.Office);
        var token = await CookieSession.TokenAsync(browser, "/notifications");

        using var response = await browser.PostAsync($"/notifications?handler=Read&id={theirs.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await Notified.ListAsync(app, Demo.Section)).Items.Single(n => n.Id == theirs.Id).ReadAt);
    }

    [Fact]
    public async Task Settings_page_turns_a_kind_of_mail_off_when_its_box_is_left_unticked()
    {
        using var browser = await CookieSession.SignInAsync(app, Demo.Clerk);
        var token = await CookieSession.TokenAsync(browser, "/account/notifications");

        using var response = await browser.PostAsync("/account/notifications", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Input.Waiting", "true"), new("Input.Waiting", "false"),
            new("Input.Returned", "false"), new("Input.Refused", "false"), new("Input.Signed", "false"), new("Input.Published", "false"),
        ]), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var choices = await app.Api.GetAsync<System.Text.Json.JsonElement>(Demo.Clerk, "/api/account/notification-settings");
        Assert.True(choices.GetProperty("waiting").GetBoolean());
        Assert.False(choices.GetProperty("returned").GetBoolean());
        Assert.False(choices.GetProperty("published").GetBoolean());
    }
}

/// <summary>NotificationPageTests on SQLite (the default provider).</summary>
public sealed class NotificationPageTests(WorkflowApp app) : NotificationPageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>NotificationPageTests on PostgreSQL (ADR 33).</summary>
public sealed class NotificationPageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : NotificationPageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
