using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Texts;

/// <summary>The text rules through the memo form (ADR 10): the same cleaning and refusals as the API, with the field's message in Thai or English.</summary>
public abstract partial class TextPageTestsBase(WorkflowApp app)
{
    [GeneratedRegex("""<span class="field-error" id="subject-error">([^<]*)</span>""")]
    private static partial Regex SubjectError();

    private async Task<(HttpResponseMessage Response, string Html)> PostNewMemoAsync(string subject, string culture = "th")
    {
        var browser = await PageSession.OpenAsync(app, Demo.Legal);
        var response = await browser.PostMultipartAsync($"/memos/new?handler=Save&culture={culture}", PageForms.Memo(subject, route: Demo.MemoRoute));
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string SubjectMessage(string html) => WebUtility.HtmlDecode(SubjectError().Match(html).Groups[1].Value);

    private static string NoteMessage(string html, string action) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"""<span class="field-error" id="note-{action}-error">([^<]*)</span>""").Groups[1].Value);

    private async Task<(HttpResponseMessage Response, string Html)> PostActionAsync(Guid id, string action, string note)
    {
        var version = (await app.CountsAsync(id)).Version;
        var browser = await PageSession.OpenAsync(app, Demo.Section);
        var fields = PageForms.Action(action, version);
        fields["Input.Note"] = note;
        var response = await browser.PostAsync($"/memos/{id}", fields);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("th", "เรื่อง มีอักขระที่ใช้ไม่ได้และมองไม่เห็น (U+FFFE ที่ตำแหน่ง 16)")]
    [InlineData("en", "Subject (เรื่อง) contains a character that cannot be used and cannot be seen (U+FFFE at position 16)")]
    public async Task New_memo_form_shows_the_subject_message_and_stores_nothing_when_the_subject_holds_a_noncharacter(string culture, string message)
    {
        var before = await app.CountsAsync();

        var (response, html) = await PostNewMemoAsync("ขออนุญาตเผยแพร่\uFFFEรายงาน", culture);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, SubjectMessage(html), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task New_memo_form_asks_for_the_subject_and_stores_nothing_when_it_would_show_as_blank()
    {
        var before = await app.CountsAsync();

        var (response, html) = await PostNewMemoAsync("\u200B\u3164\uFEFF");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("กรุณากรอกเรื่อง", SubjectMessage(html));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task New_memo_form_stores_the_subject_in_nfc_without_invisible_characters()
    {
        var (response, _) = await PostNewMemoAsync("\uFEFFรายงาน\u200Bการ\u200Bประชุม Cafe\u0301");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(Regex.Match(response.Headers.Location!.OriginalString, "[0-9a-f-]{36}").Value);
        Assert.Equal("รายงานการประชุม Caf\u00E9", await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Subject).SingleAsync()));
    }

    [Fact]
    public async Task Memo_page_shows_the_note_message_and_changes_nothing_when_an_endorsement_holds_a_noncharacter()
    {
        var id = await app.Api.MemoAtStepAsync(0);
        var before = await app.CountsAsync(id);

        var (response, html) = await PostActionAsync(id, "Endorse", "เพื่อโปรดทราบ\uFFFF");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("ข้อความ มีอักขระที่ใช้ไม่ได้และมองไม่เห็น (U+FFFF", NoteMessage(html, "endorse"), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Fact]
    public async Task Memo_page_asks_for_a_reason_and_changes_nothing_when_the_return_reason_is_only_invisible_characters()
    {
        var id = await app.Api.MemoAtStepAsync(0);
        var before = await app.CountsAsync(id);

        var (response, html) = await PostActionAsync(id, "Return", "\u200B\u2060\uFEFF");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("กรุณาระบุเหตุผล", NoteMessage(html, "return"));
        Assert.Equal(before, await app.CountsAsync(id));
    }
}

/// <summary>TextPageTests on SQLite (the default provider).</summary>
public sealed class TextPageTests(WorkflowApp app) : TextPageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>TextPageTests on PostgreSQL (ADR 33).</summary>
public sealed class TextPageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : TextPageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
