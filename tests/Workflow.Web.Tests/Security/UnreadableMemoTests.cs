using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Issue 9, item 7: the mayor acting on another author's draft was told 403 "not your turn", which told him the draft
/// exists. Whoever may not read a memo now gets, for every request about it, the answer an id that does not exist gets.
/// </summary>
public abstract class UnreadableMemoTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Actions => ["submit", "endorse", "return", "refuse", "withdraw", "sign"];

    public static TheoryData<string> PageActions => ["Submit", "Endorse", "Return", "Refuse", "Withdraw", "Sign"];

    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "" },
        { "PUT", "" },
        { "GET", "/audit/verify" },
        { "GET", "/messages" },
        { "POST", "/attachments" },
        { "GET", "/attachments/{attachment}" },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Action_answers_404_like_an_unknown_id_when_the_mayor_acts_on_another_authors_draft(string action)
    {
        var draft = (await app.Api.CreateDraftAsync(Legal)).Id;
        var before = await app.CountsAsync(draft);

        using var response = await app.Api.ActAsync(Mayor, draft, action, "ตามที่เสนอ");
        using var unknown = await app.Api.ActAsync(Mayor, Guid.NewGuid(), action, "ตามที่เสนอ");

        Assert.Equal(await AnswerAsync(unknown), await AnswerAsync(response));
        Assert.Equal(before, await app.CountsAsync(draft));
    }

    [Fact]
    public async Task Action_answers_404_not_409_when_the_mayor_sends_a_stale_version_for_another_authors_draft()
    {
        var draft = (await app.Api.CreateDraftAsync(Legal)).Id;
        var before = await app.CountsAsync(draft);

        using var response = await app.Api.ActAsync(Mayor, draft, "sign", version: before.Version + 7);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, await app.CountsAsync(draft));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Request_about_another_authors_draft_answers_the_mayor_like_an_unknown_id(string method, string path)
    {
        var draft = await MemoCase.Named("draft").SeedAsync(app, withAttachment: true);
        var before = await app.CountsAsync(draft.Id);
        var mayor = await app.Api.LoginAsync(Mayor);
        var suffix = path.Replace("{attachment}", draft.Attachment.ToString(), StringComparison.Ordinal);

        using var response = await SendAsync(mayor, method, $"/api/documents/{draft.Id}{suffix}");
        using var unknown = await SendAsync(mayor, method, $"/api/documents/{Guid.NewGuid()}{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(await AnswerAsync(unknown), await AnswerAsync(response));
        Assert.Equal(before, await app.CountsAsync(draft.Id));
    }

    [Theory]
    [MemberData(nameof(PageActions))]
    public async Task Memo_page_action_answers_404_when_the_mayor_acts_on_another_authors_draft(string action)
    {
        var cell = await PageCell.OpenAsync(app, "draft", Mayor);

        await cell.PostsAsync(PageAnswer.NotFound, action,
            version => cell.Browser.PostAsync(cell.MemoUrl, PageForms.Action(action, version)), before => before);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url) => method switch
    {
        "GET" => client.GetAsync(url, Ct),
        "PUT" => client.PutAsJsonAsync(url, ApiClient.Draft("แก้ไขโดยนายก"), Ct),
        _ => client.PostAsync(url, TestPdf.Multipart(TestPdf.Small(), "รายงาน.pdf"), Ct),
    };

    /// <summary>What the answer tells: status, media type and the problem's fields, without its trace id.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var fields = body.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value.GetRawText()}");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {string.Join(' ', fields)}";
    }
}

/// <summary>UnreadableMemoTests on SQLite (the default provider).</summary>
public sealed class UnreadableMemoTests(WorkflowApp app) : UnreadableMemoTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>UnreadableMemoTests on PostgreSQL (ADR 33).</summary>
public sealed class UnreadableMemoOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : UnreadableMemoTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
