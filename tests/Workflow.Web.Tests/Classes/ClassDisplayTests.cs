using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Classes;

/// <summary>
/// The classes as people see them (ADR 22): red stamps on the memo sheet, the secrecy stamp at its top and bottom and
/// the urgency above the heading; a badge in words in every list; the public side showing the urgency frozen at signing.
/// Thai is written as UTF-8 text, markup-encoded like any other text.
/// </summary>
public abstract class ClassDisplayTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string RegisterAdmin = "classes-register-admin";

    private async Task<string> PageAsync(string user, string url)
    {
        var browser = await CookieSession.SignInAsync(app, user);
        return await browser.GetStringAsync(url, Ct);
    }

    [Fact]
    public async Task Memo_sheet_stamps_secrecy_at_top_and_bottom_and_urgency_above_the_heading()
    {
        var id = await ClassDrafts.CreateAsync(app, "most-urgent", "secret");

        var html = await PageAsync(Demo.Legal, $"/memos/{id}");

        var top = html.IndexOf("""<p class="stamp stamp-secrecy" data-testid="stamp-secrecy-top">ลับมาก</p>""", StringComparison.Ordinal);
        var urgency = html.IndexOf("""<p class="stamp stamp-urgency" data-testid="stamp-urgency">ด่วนที่สุด</p>""", StringComparison.Ordinal);
        var heading = html.IndexOf("""<h2 id="memo-heading" class="memo-title">บันทึกข้อความ</h2>""", StringComparison.Ordinal);
        var body = html.IndexOf("data-testid=\"memo-body\"", StringComparison.Ordinal);
        var bottom = html.IndexOf("""<p class="stamp stamp-secrecy stamp-bottom" data-testid="stamp-secrecy-bottom">ลับมาก</p>""", StringComparison.Ordinal);
        Assert.True(top >= 0 && urgency > top && heading > urgency && body > heading && bottom > body, $"top {top}, urgency {urgency}, heading {heading}, body {body}, bottom {bottom}");
        Assert.True(bottom < html.IndexOf("</article>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Memo_sheet_has_no_stamp_when_the_memo_has_no_class()
    {
        var id = await ClassDrafts.CreateAsync(app);

        var html = await PageAsync(Demo.Legal, $"/memos/{id}");

        Assert.DoesNotContain("class=\"stamp", html);
    }

    [Fact]
    public async Task Stamps_are_red_bold_and_large_on_screen_and_in_print()
    {
        var client = app.CreateClient();

        var screen = await client.GetStringAsync("/css/site.css", Ct);
        var print = await client.GetStringAsync("/css/print.css", Ct);

        Assert.Matches(@"\.memo-sheet \.stamp \{[^}]*color: #b00020;[^}]*font-weight: 700;[^}]*font-size: 32pt;", screen);
        Assert.Matches(@"\.memo-sheet \.stamp \{[^}]*color: #b00020 !important;[^}]*font-size: 32pt;", print);
    }

    [Theory]
    [InlineData("th", "ด่วนมาก", "ลับ")]
    [InlineData("en", "Very urgent", "Confidential")]
    public async Task Inbox_and_my_memos_show_each_class_as_a_badge_in_words(string culture, string urgency, string secrecy)
    {
        var id = await ClassDrafts.SubmittedAsync(app, "very-urgent", "confidential");

        var inbox = Row(await PageAsync(Demo.Section, $"/?culture={culture}"), id.ToString());
        var mine = Row(await PageAsync(Demo.Legal, $"/?culture={culture}"), id.ToString());

        Assert.All(new[] { inbox, mine }, row =>
        {
            Assert.Contains($"""<span class="class-badge class-very-urgent" data-testid="urgency-badge">{urgency}</span>""", row);
            Assert.Contains($"""<span class="class-badge class-confidential" data-testid="secrecy-badge">{secrecy}</span>""", row);
        });
    }

    [Fact]
    public async Task Lists_show_no_badge_for_a_memo_without_a_class()
    {
        var id = await ClassDrafts.SubmittedAsync(app);

        var inbox = Row(await PageAsync(Demo.Section, "/"), id.ToString());

        Assert.DoesNotContain("class-badge", inbox);
    }

    [Fact]
    public async Task Register_page_shows_the_urgency_badge()
    {
        var id = await ClassDrafts.SubmittedAsync(app, "most-urgent");
        await AdminAccounts.SignInAsync(app, RegisterAdmin);
        var browser = await CookieSession.SignInAsync(app, RegisterAdmin, AdminAccounts.Password);
        var number = (await app.Api.GetDocumentAsync(Demo.Legal, id)).RegisterNumber!;

        var html = await browser.GetStringAsync("/register", Ct);

        var row = Row(html, number);
        Assert.Contains("""<span class="class-badge class-most-urgent" data-testid="urgency-badge">ด่วนที่สุด</span>""", row);
    }

    [Fact]
    public async Task Public_site_shows_the_urgency_the_memo_had_when_signed()
    {
        var id = await ClassDrafts.SubmittedAsync(app, "urgent", subject: $"เรื่องด่วนที่เผยแพร่ {Guid.NewGuid():N}");
        foreach (var user in Demo.MemoSteps)
            await app.Api.ActOkAsync(user, id, user == Demo.Mayor ? "sign" : "endorse");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)), "The signed memo was not published within 10 s.");
        var publication = await app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == id).Select(p => p.Id).SingleAsync(Ct));
        // The live row changing afterwards must not change what was published.
        await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Urgency, Urgency.None), Ct));
        var visitor = app.CreateClient();

        var list = Row(await visitor.GetStringAsync("/public", Ct), publication.ToString());
        var page = await visitor.GetStringAsync($"/public/memos/{publication}", Ct);
        var json = await visitor.GetFromJsonAsync<JsonElement>($"/public/api/memos/{publication}", Ct);
        var listed = (await visitor.GetFromJsonAsync<JsonElement>("/public/api/memos?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == publication);

        Assert.Contains("""<span class="class-badge class-urgent" data-testid="urgency-badge">ด่วน</span>""", list);
        Assert.Contains("""<p class="stamp stamp-urgency" data-testid="stamp-urgency">ด่วน</p>""", page);
        Assert.DoesNotContain("stamp-secrecy", page);
        Assert.Equal("urgent", json.GetProperty("memo").GetProperty("urgency").GetString());
        Assert.Equal("urgent", listed.GetProperty("urgency").GetString());
    }

    private static string Row(string html, string text)
    {
        var at = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{text} is not listed.");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}

/// <summary>ClassDisplayTests on SQLite (the default provider).</summary>
public sealed class ClassDisplayTests(WorkflowApp app) : ClassDisplayTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>ClassDisplayTests on PostgreSQL (ADR 33).</summary>
public sealed class ClassDisplayOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : ClassDisplayTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
