using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>
/// Hostile and careless input: each answer is the right 4xx as ProblemDetails naming the field, never a 500,
/// and the database is exactly as it was.
/// </summary>
public abstract class BadInputTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject ValidDraft() => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiClient.Draft()))!.AsObject();

    private async Task<HttpResponseMessage> PostRawAsync(string url, string body, string contentType = "application/json")
    {
        var client = await _api.LoginAsync(Demo.Legal);
        return await client.PostAsync(url, new StringContent(body, Encoding.UTF8, contentType), Ct);
    }

    /// <summary>Sends the request and asserts the problem answer, the field it names, and that nothing was written.</summary>
    private async Task AssertRejectedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string? field)
    {
        var before = await app.CountsAsync();

        using var response = await send();

        if (field is null)
            await Problem.AssertAsync(response, status);
        else
            await Problem.AssertFieldAsync(response, status, field);
        Assert.Equal(before, await app.CountsAsync());
    }

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "{ not json", "body" },
        { "{\"routeId\": \"memo-approval\", \"subject\": ", "subject" },
        { "[1, 2, 3]", "body" },
        { "\"just a string\"", "body" },
        { "{\"routeId\": \"memo-approval\", \"subject\": 42}", "subject" },
        { "{\"routeId\": [\"memo-approval\"]}", "routeId" },
        { "{\"routeId\": \"memo-approval\", \"issuer\": {\"th\": \"x\"}}", "issuer" },
        { "{\"routeId\": \"memo-approval\", \"version\": \"one\"}", "version" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public Task Create_answers_400_naming_the_field_when_the_json_is_malformed_or_mistyped(string json, string field) =>
        AssertRejectedAsync(() => PostRawAsync("/api/documents", json), HttpStatusCode.BadRequest, field);

    [Fact]
    public Task Create_answers_400_when_the_body_is_missing() =>
        AssertRejectedAsync(async () => await (await _api.LoginAsync(Demo.Legal)).PostAsync("/api/documents", null, Ct), HttpStatusCode.BadRequest, "body");

    [Fact]
    public Task Create_answers_400_when_the_json_body_is_empty() =>
        AssertRejectedAsync(() => PostRawAsync("/api/documents", ""), HttpStatusCode.BadRequest, "body");

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public Task Create_answers_415_when_the_content_type_is_not_json(string contentType) =>
        AssertRejectedAsync(() => PostRawAsync("/api/documents", ValidDraft().ToJsonString(), contentType), HttpStatusCode.UnsupportedMediaType, null);

    // An omitted issuer is the author's department's issuing line (ADR 15; Administration/IssuerPrefillTests).
    [Theory]
    [InlineData("subject")]
    [InlineData("salutation")]
    [InlineData("body")]
    public Task Create_answers_400_naming_the_field_when_a_required_field_is_missing(string field)
    {
        var draft = ValidDraft();
        draft.Remove(field);
        return AssertRejectedAsync(() => PostRawAsync("/api/documents", draft.ToJsonString()), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public Task Create_answers_400_naming_issuer_when_it_is_blank()
    {
        var draft = ValidDraft();
        draft["issuer"] = " ";
        return AssertRejectedAsync(() => PostRawAsync("/api/documents", draft.ToJsonString()), HttpStatusCode.BadRequest, "issuer");
    }

    [Theory]
    [InlineData("issuer", 201)]
    [InlineData("subject", 301)]
    [InlineData("salutation", 201)]
    [InlineData("body", 20_001)]
    [InlineData("subject", 1)]
    [InlineData("subject", 0)]
    public Task Create_answers_400_naming_the_field_when_its_length_is_out_of_bounds(string field, int length)
    {
        var draft = ValidDraft();
        draft[field] = new string('ก', length);
        return AssertRejectedAsync(() => PostRawAsync("/api/documents", draft.ToJsonString()), HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("subject", "<script>alert(1)</script>")]
    [InlineData("subject", "ขออนุญาต <b>ด่วน</b>")]
    [InlineData("body", "ย่อหน้าแรก\n<img src=x onerror=alert(1)>")]
    [InlineData("body", "<!-- comment -->")]
    [InlineData("issuer", "<iframe src=\"https://example.invalid\"></iframe>")]
    [InlineData("salutation", "</textarea><script>alert(1)</script>")]
    public Task Create_answers_400_naming_the_field_when_it_holds_markup(string field, string value)
    {
        var draft = ValidDraft();
        draft[field] = value;
        return AssertRejectedAsync(() => PostRawAsync("/api/documents", draft.ToJsonString()), HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("subject", "เรื่อง\u0000ซ่อน")]
    [InlineData("subject", "เรื่อง\u0007กริ่ง")]
    [InlineData("subject", "สองบรรทัด\nในชื่อเรื่อง")]
    [InlineData("issuer", "ส่วนราชการ\u001b[31m")]
    [InlineData("body", "ย่อหน้า\u0008ลบ")]
    [InlineData("salutation", "เรียน\u007fนายก")]
    [InlineData("subject", "ใบแจ้งหนี้\u202Efdp.exe")]
    [InlineData("body", "ข้อความ\u2066ซ่อน\u2069")]
    public Task Create_answers_400_naming_the_field_when_it_holds_control_characters(string field, string value)
    {
        var draft = ValidDraft();
        draft[field] = value;
        return AssertRejectedAsync(() => PostRawAsync("/api/documents", draft.ToJsonString()), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Create_accepts_a_bare_less_than_sign_when_it_is_not_markup()
    {
        var draft = ValidDraft();
        draft["subject"] = "งบประมาณ a < 5 ล้านบาท";

        using var response = await PostRawAsync("/api/documents", draft.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("no-such-route")]
    [InlineData("")]
    [InlineData("../memo-approval")]
    [InlineData("memo-approval-with-a-route-identifier-that-is-far-longer-than-any-route-id")]
    public Task Create_answers_400_naming_routeId_when_the_route_is_unknown(string routeId)
    {
        var draft = ValidDraft();
        draft["routeId"] = routeId;
        return AssertRejectedAsync(() => PostRawAsync("/api/documents", draft.ToJsonString()), HttpStatusCode.BadRequest, "routeId");
    }

    [Fact]
    public Task Create_answers_400_naming_routeId_when_it_is_missing()
    {
        var draft = ValidDraft();
        draft.Remove("routeId");
        return AssertRejectedAsync(() => PostRawAsync("/api/documents", draft.ToJsonString()), HttpStatusCode.BadRequest, "routeId");
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("POST", "/submit")]
    [InlineData("POST", "/endorse")]
    [InlineData("GET", "/audit/verify")]
    [InlineData("GET", "/attachments/0194b5a4-0000-7000-8000-000000000000")]
    public Task Document_endpoints_answer_404_when_the_document_does_not_exist(string method, string suffix) =>
        AssertRejectedAsync(async () =>
        {
            var client = await _api.LoginAsync(Demo.Legal);
            using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/documents/{Guid.NewGuid()}{suffix}");
            if (method != "GET")
                request.Content = JsonContent.Create(ApiClient.Draft());
            return await client.SendAsync(request, Ct);
        }, HttpStatusCode.NotFound, null);

    [Fact]
    public Task Document_answers_404_when_the_id_is_not_a_guid() =>
        AssertRejectedAsync(async () => await (await _api.LoginAsync(Demo.Legal)).GetAsync("/api/documents/..%2F..%2Fetc%2Fpasswd", Ct), HttpStatusCode.NotFound, null);

    [Theory]
    [InlineData("/api/inbox?limit=abc")]
    [InlineData("/api/documents/mine?limit=99999999999")]
    public Task Lists_answer_400_naming_limit_when_it_is_not_a_number(string url) =>
        AssertRejectedAsync(async () => await (await _api.LoginAsync(Demo.Legal)).GetAsync(url, Ct), HttpStatusCode.BadRequest, "limit");

    [Fact]
    public async Task Edit_answers_400_naming_the_field_when_the_body_holds_markup()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var draft = ValidDraft();
        draft["body"] = "<script>document.cookie</script>";

        await AssertRejectedAsync(async () => await (await _api.LoginAsync(Demo.Legal)).PutAsync($"/api/documents/{id}",
            new StringContent(draft.ToJsonString(), Encoding.UTF8, "application/json"), Ct), HttpStatusCode.BadRequest, "body");
    }

    [Theory]
    [InlineData("return", null)]
    [InlineData("refuse", null)]
    [InlineData("return", "   ")]
    [InlineData("endorse", "<script>alert(1)</script>")]
    [InlineData("endorse", "บันทึก\u0000ซ่อน")]
    public async Task Action_answers_400_naming_note_when_the_note_is_missing_or_unsafe(string action, string? note)
    {
        var id = await _api.MemoAtStepAsync(0);

        await AssertRejectedAsync(() => _api.ActAsync(Demo.Section, id, action, note), HttpStatusCode.BadRequest, "note");
    }

    [Fact]
    public async Task Action_answers_400_naming_note_when_the_note_is_too_long()
    {
        var id = await _api.MemoAtStepAsync(0);

        await AssertRejectedAsync(() => _api.ActAsync(Demo.Section, id, "endorse", new string('ก', 2001)), HttpStatusCode.BadRequest, "note");
    }

    [Theory]
    [InlineData("{ not json", "body")]
    [InlineData("{\"note\": 5}", "note")]
    [InlineData("{\"version\": \"latest\"}", "version")]
    public async Task Action_answers_400_naming_the_field_when_the_json_is_malformed_or_mistyped(string json, string field)
    {
        var id = await _api.MemoAtStepAsync(0);
        var client = await _api.LoginAsync(Demo.Section);

        await AssertRejectedAsync(() => client.PostAsync($"/api/documents/{id}/endorse", new StringContent(json, Encoding.UTF8, "application/json"), Ct),
            HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Action_answers_415_when_the_body_is_not_json()
    {
        var id = await _api.MemoAtStepAsync(0);
        var client = await _api.LoginAsync(Demo.Section);

        await AssertRejectedAsync(() => client.PostAsync($"/api/documents/{id}/endorse", new StringContent("note=ok", Encoding.UTF8, "text/plain"), Ct),
            HttpStatusCode.UnsupportedMediaType, null);
    }

    [Fact]
    public async Task Login_answers_401_when_the_password_is_wrong()
    {
        var client = app.Api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = Demo.Clerk, password = "wrong-password" }, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_answers_400_naming_the_field_when_the_user_name_is_missing()
    {
        var client = app.Api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { password = Demo.Password }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "userName");
    }

    // PostgreSQL refuses U+0000 in text where SQLite compares it (PostgreSqlNulParameters): nothing found, never a 500.
    [Fact]
    public async Task Public_search_answers_200_with_nothing_found_when_the_query_holds_a_nul_character()
    {
        using var response = await app.Api.CreateClient().GetAsync("/public/api/memos?q=%E0%B8%81%00", Ct);

        var page = await ApiClient.ReadAsync<Workflow.Web.Public.PublicPage>(response, HttpStatusCode.OK);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task Login_answers_400_naming_the_field_when_the_user_name_holds_a_nul_character()
    {
        var client = app.Api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = Demo.Clerk + "\u0000", password = Demo.Password }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "userName");
    }

    [Fact]
    public async Task Api_answers_401_when_the_token_is_forged()
    {
        var client = app.Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "forged-token");

        using var response = await client.GetAsync("/api/inbox", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

/// <summary>BadInputTests on SQLite (the default provider).</summary>
public sealed class BadInputTests(WorkflowApp app) : BadInputTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>BadInputTests on PostgreSQL (ADR 33).</summary>
public sealed class BadInputOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : BadInputTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
