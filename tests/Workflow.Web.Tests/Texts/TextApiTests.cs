using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Texts;

/// <summary>
/// The text rules through the API (ADR 10): what cannot be a character is refused naming the field, what cannot be
/// seen is removed, text is stored in NFC, and the public search finds a memo by the text its page shows.
/// </summary>
public abstract class TextApiTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> CreateAsync(object draft) =>
        await (await _api.LoginAsync(Demo.Legal)).PostAsJsonAsync("/api/documents", draft, Ct);

    private Task<string> StoredSubjectAsync(Guid id) =>
        app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Subject).SingleAsync(Ct));

    private async Task<Guid> PublishedAsync(string subject)
    {
        var id = (await _api.CreateDraftAsync(subject: subject)).Id;
        await _api.ActOkAsync(Demo.Legal, id, "submit");
        foreach (var approver in Demo.MemoSteps[..^1])
            await _api.ActOkAsync(approver, id, "endorse");
        await _api.ActOkAsync(Demo.Mayor, id, "sign");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)), "The signed memo was not published.");
        return id;
    }

    private Task<Guid> PublicationOfAsync(Guid id) =>
        app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == id).Select(p => p.Id).SingleAsync(Ct));

    private async Task<IReadOnlyList<Guid>> SearchAsync(string query)
    {
        var page = await _api.GetAsync<JsonElement>(Demo.Anonymous, $"/public/api/memos?pageSize=100&q={Uri.EscapeDataString(query)}");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFFFF")]
    [InlineData("\uFDD0")]
    [InlineData("\U0001FFFE")]
    [InlineData("\U0010FFFF")]
    public async Task Create_answers_400_naming_subject_when_it_holds_a_noncharacter(string noncharacter)
    {
        var before = await app.CountsAsync();

        using var response = await CreateAsync(ApiClient.Draft("ขออนุญาตเผยแพร่รายงาน" + noncharacter));

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "subject");
        Assert.Contains(char.ConvertToUtf32(noncharacter, 0).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
            problem.GetProperty("errors").GetProperty("subject")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData(" \u200B\uFEFF\u3164 ")]
    [InlineData("\u2800")]
    public async Task Create_answers_400_naming_subject_as_missing_when_it_would_show_as_blank(string blank)
    {
        var before = await app.CountsAsync();

        using var response = await CreateAsync(ApiClient.Draft(blank));

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "subject");
        Assert.Contains("required", problem.GetProperty("errors").GetProperty("subject")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Create_answers_400_naming_subject_when_a_zero_width_space_hides_markup()
    {
        var before = await app.CountsAsync();

        using var response = await CreateAsync(ApiClient.Draft("<\u200Bscript>alert(1)</script>"));

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "subject");
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Return_answers_400_naming_note_when_the_reason_would_show_as_blank()
    {
        var id = await _api.MemoAtStepAsync(0);
        var before = await app.CountsAsync(id);

        using var response = await _api.ActAsync(Demo.Section, id, "return", "\u200B\u2060");

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "note");
        Assert.Equal("reason-required", problem.GetProperty("code").GetString());
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Fact]
    public async Task Endorse_answers_400_naming_note_when_it_holds_a_noncharacter()
    {
        var id = await _api.MemoAtStepAsync(0);
        var before = await app.CountsAsync(id);

        using var response = await _api.ActAsync(Demo.Section, id, "endorse", "เพื่อโปรดทราบ\uFFFF");

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "note");
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Fact]
    public async Task Login_answers_400_naming_userName_when_the_name_holds_a_noncharacter()
    {
        // Found by the fuzzer: Identity's name normalisation threw on U+FFFE, and the sign-in answered 500.
        using var response = await _api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "mayor\uFFFE", password = Demo.Password }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "userName");
    }

    [Fact]
    public async Task Login_signs_in_when_the_name_was_pasted_with_a_zero_width_space()
    {
        using var response = await _api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "\u200Bmayor\u200B", password = Demo.Password }, Ct);

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "sign-in");
    }

    [Fact]
    public async Task Update_stores_the_cleaned_text_when_the_body_carries_invisible_characters_and_separators()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var draft = new
        {
            issuer = "สำนักปลัด\u200Bเทศบาล",
            subject = "\uFEFFรายงาน\u00ADประจำปี",
            salutation = "นายก\u2060เทศมนตรี",
            body = "ย่อหน้าแรก\u2029ย่อหน้าสอง\u2028บรรทัดใหม่",
        };

        using var response = await (await _api.LoginAsync(Demo.Legal)).PutAsJsonAsync($"/api/documents/{id}", draft, Ct);

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "update");
        var doc = await app.ReadDbAsync(db => db.Documents.SingleAsync(d => d.Id == id, Ct));
        Assert.Equal(("สำนักปลัดเทศบาล", "รายงานประจำปี", "นายกเทศมนตรี", "ย่อหน้าแรก\n\nย่อหน้าสอง\nบรรทัดใหม่"),
            (doc.Issuer, doc.Subject, doc.Salutation, doc.Body));
    }

    [Fact]
    public async Task Public_search_finds_the_memo_by_its_shown_text_when_the_subject_was_pasted_with_zero_width_spaces()
    {
        var id = await PublishedAsync("ขออนุมัติ\u200Bจัด\u200Bซื้อ\u200Bวัสดุ\u200Bสำนักงาน\u200Bรอบพิเศษ");

        Assert.Equal("ขออนุมัติจัดซื้อวัสดุสำนักงานรอบพิเศษ", await StoredSubjectAsync(id));
        var publication = await PublicationOfAsync(id);
        Assert.Contains(publication, await SearchAsync("จัดซื้อวัสดุสำนักงานรอบพิเศษ"));
        Assert.Contains(publication, await SearchAsync("จัดซื้อ\u200Bวัสดุ"));
    }

    [Fact]
    public async Task Public_search_finds_the_memo_by_an_nfc_query_when_the_subject_was_written_decomposed()
    {
        // "กลุ่ม" typed tone mark before the vowel below, and a decomposed "é": NFC gives each one spelling.
        var id = await PublishedAsync("ประชุมกล\u0E48\u0E38มงาน Cafe\u0301 ครั้งที่ ๔");

        Assert.Equal("ประชุมกล\u0E38\u0E48มงาน Caf\u00E9 ครั้งที่ ๔", await StoredSubjectAsync(id));
        var publication = await PublicationOfAsync(id);
        Assert.Contains(publication, await SearchAsync("กล\u0E38\u0E48มงาน Caf\u00E9"));
        Assert.Contains(publication, await SearchAsync("กล\u0E48\u0E38มงาน Cafe\u0301"));
    }
}

/// <summary>TextApiTests on SQLite (the default provider).</summary>
public sealed class TextApiTests(WorkflowApp app) : TextApiTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>TextApiTests on PostgreSQL (ADR 33).</summary>
public sealed class TextApiOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : TextApiTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
