using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Classes;

/// <summary>The classes on the memo form: two labelled selects, kept as chosen, refused with a message in the interface language.</summary>
public abstract partial class ClassPageTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""<span class="field-error" id="secrecy-error">([^<]*)</span>""")]
    private static partial Regex SecrecyError();

    [GeneratedRegex("""<span class="field-error" id="urgency-error">([^<]*)</span>""")]
    private static partial Regex UrgencyError();

    private async Task<HttpResponseMessage> PostNewMemoAsync(string? urgency, string? secrecy, string culture = "th")
    {
        var browser = await PageSession.OpenAsync(app, Demo.Legal);
        var fields = PageForms.Memo($"เรื่องชั้นความเร็ว {Guid.NewGuid():N}", route: Demo.MemoRoute);
        if (urgency is not null)
            fields["Input.Urgency"] = urgency;
        if (secrecy is not null)
            fields["Input.Secrecy"] = secrecy;
        return await browser.PostMultipartAsync($"/memos/new?handler=Save&culture={culture}", fields);
    }

    private static Guid IdIn(HttpResponseMessage redirect) =>
        Guid.Parse(Regex.Match(redirect.Headers.Location!.OriginalString, "[0-9a-f-]{36}").Value);

    [Theory]
    [InlineData("th", "ชั้นความเร็ว", "ด่วนที่สุด")]
    [InlineData("en", "Urgency (ชั้นความเร็ว)", "Most urgent (ด่วนที่สุด)")]
    public async Task New_memo_form_offers_both_classes_in_labelled_selects_with_none_chosen(string culture, string label, string mostUrgent)
    {
        var browser = await CookieSession.SignInAsync(app, Demo.Legal);

        var html = await browser.GetStringAsync($"/memos/new?culture={culture}", Ct);

        Assert.Contains($"""<label for="Input_Urgency">{label}</label>""", html);
        Assert.Contains("""<label for="Input_Secrecy">""", html);
        Assert.Matches("""<select id="Input_Urgency" name="Input.Urgency"[^>]*>""", html);
        Assert.Matches("""<select id="Input_Secrecy" name="Input.Secrecy"[^>]*>""", html);
        Assert.Contains($"""<option value="most-urgent">{mostUrgent}</option>""", html);
        Assert.Contains("""<option value="none" selected="selected">""", html);
        Assert.Contains("""<option value="secret">""", html);
        Assert.DoesNotContain("most-secret", html);
    }

    [Fact]
    public async Task New_memo_form_keeps_the_classes_the_author_chose()
    {
        using var response = await PostNewMemoAsync("most-urgent", "secret");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdIn(response);
        var stored = await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => new { d.Urgency, d.Secrecy }).SingleAsync(Ct));
        Assert.Equal((Urgency.MostUrgent, Secrecy.Secret), (stored.Urgency, stored.Secrecy));
    }

    [Theory]
    [InlineData("th", "ระเบียบงานสารบรรณไม่ให้ส่งหนังสือชั้นลับที่สุดทางสารบรรณอิเล็กทรอนิกส์ ให้ส่งเป็นหนังสือ")]
    [InlineData("en", "The correspondence regulation does not carry ลับที่สุด (most secret) by electronic correspondence: send it on paper.")]
    public async Task New_memo_form_refuses_most_secret_with_the_regulations_reason_and_stores_nothing(string culture, string message)
    {
        var before = await app.CountsAsync();

        using var response = await PostNewMemoAsync("urgent", ClassNames.MostSecret, culture);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(message, WebUtility.HtmlDecode(SecrecyError().Match(html).Groups[1].Value));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("th", "ชั้นความเร็ว ต้องเลือกจากรายการ")]
    [InlineData("en", "Choose Urgency (ชั้นความเร็ว) from the list.")]
    public async Task New_memo_form_refuses_an_unknown_urgency_and_stores_nothing(string culture, string message)
    {
        var before = await app.CountsAsync();

        using var response = await PostNewMemoAsync("urgent-ish", null, culture);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(message, WebUtility.HtmlDecode(UrgencyError().Match(html).Groups[1].Value));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Edit_form_shows_the_classes_the_memo_has_and_saves_new_ones()
    {
        var id = await ClassDrafts.CreateAsync(app, "very-urgent", "confidential");
        var browser = await PageSession.OpenAsync(app, Demo.Legal);

        var html = await (await browser.GetAsync($"/memos/{id}/edit")).Content.ReadAsStringAsync(Ct);
        var fields = PageForms.Memo("เรื่องที่แก้ไขชั้นความเร็ว", version: (await app.CountsAsync(id)).Version);
        fields["Input.Urgency"] = "none";
        fields["Input.Secrecy"] = "secret";
        using var saved = await browser.PostMultipartAsync($"/memos/{id}/edit?handler=Save", fields);

        Assert.Contains("""<option value="very-urgent" selected="selected">""", html);
        Assert.Contains("""<option value="confidential" selected="selected">""", html);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var memo = await ClassDrafts.GetAsync(app, Demo.Legal, $"/api/documents/{id}");
        Assert.Equal(("none", "secret"), (memo.GetProperty("urgency").GetString(), memo.GetProperty("secrecy").GetString()));
    }
}

/// <summary>ClassPageTests on SQLite (the default provider).</summary>
public sealed class ClassPageTests(WorkflowApp app) : ClassPageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>ClassPageTests on PostgreSQL (ADR 33).</summary>
public sealed class ClassPageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : ClassPageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
