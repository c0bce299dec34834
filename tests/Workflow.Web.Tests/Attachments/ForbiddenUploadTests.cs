using System.Net;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Attachments;

/// <summary>
/// An upload that is not allowed (route, author, state, version) stores nothing: the attachments folder holds exactly
/// the files it held before, through the API and the pages alike.
/// </summary>
public abstract class ForbiddenUploadTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task AssertNothingStoredAsync(Func<Task<HttpResponseMessage>> upload, HttpStatusCode status)
    {
        using var response = await AttachmentFiles.AssertStoresNothingAsync(app, upload);

        Assert.Equal(status, response.StatusCode);
    }

    private async Task<(Guid Id, int Version)> DraftWithAttachmentAsync()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        using var upload = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(100), "report.pdf"));
        await ApiClient.ExpectAsync(upload, HttpStatusCode.Created, "first upload");
        return (id, (await app.CountsAsync(id)).Version);
    }

    private async Task<HttpResponseMessage> ApiUploadAsync(string user, Guid id, string query = "")
    {
        var client = await _api.LoginAsync(user);
        return await client.PostAsync($"/api/documents/{id}/attachments{query}", TestPdf.Multipart(TestPdf.Small(12_000), "late.pdf"), Ct);
    }

    [Theory]
    [InlineData(Demo.Section, Demo.MemoRoute)]
    [InlineData(Demo.Mayor, Demo.MemoRoute)]
    [InlineData(Demo.Legal, Demo.FinanceRoute)]
    public async Task New_memo_page_stores_no_file_when_the_user_may_not_start_the_route(string user, string route)
    {
        var browser = await PageSession.OpenAsync(app, user);

        await AssertNothingStoredAsync(
            () => browser.PostMultipartAsync("/memos/new?handler=Save", PageForms.Memo("เรื่องที่ไม่มีสิทธิ์เสนอ", route: route), TestPdf.Small(20_000)),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Edit_page_stores_no_file_when_the_version_is_stale()
    {
        var (id, version) = await DraftWithAttachmentAsync();
        var browser = await PageSession.OpenAsync(app, Demo.Legal);

        await AssertNothingStoredAsync(
            () => browser.PostMultipartAsync($"/memos/{id}/edit?handler=Save", PageForms.Memo("แก้ไขจากหน้าที่เปิดไว้ก่อน", version: version - 1), TestPdf.Small(20_001)),
            HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Edit_page_stores_no_file_when_the_memo_is_with_the_approvers()
    {
        var id = await _api.MemoAtStepAsync(0);
        var browser = await PageSession.OpenAsync(app, Demo.Legal);
        var version = (await app.CountsAsync(id)).Version;

        await AssertNothingStoredAsync(
            () => browser.PostMultipartAsync($"/memos/{id}/edit?handler=Save", PageForms.Memo("แก้ไขหลังส่ง", version: version), TestPdf.Small(20_002)),
            HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData(Demo.Section)]
    [InlineData(Demo.Mayor)]
    public async Task Edit_page_stores_no_file_when_someone_who_may_not_read_the_draft_posts_to_it(string user)
    {
        var (id, version) = await DraftWithAttachmentAsync();
        var browser = await PageSession.OpenAsync(app, user);

        await AssertNothingStoredAsync(
            () => browser.PostMultipartAsync($"/memos/{id}/edit?handler=Save", PageForms.Memo("แก้ไขโดยผู้อื่น", version: version), TestPdf.Small(20_003)),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Edit_page_stores_no_file_when_a_reader_is_not_the_author()
    {
        var id = await _api.MemoAtStepAsync(0);
        var browser = await PageSession.OpenAsync(app, Demo.Section);
        var version = (await app.CountsAsync(id)).Version;

        await AssertNothingStoredAsync(
            () => browser.PostMultipartAsync($"/memos/{id}/edit?handler=Save", PageForms.Memo("แก้ไขโดยผู้พิจารณา", version: version), TestPdf.Small(20_004)),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Upload_stores_no_file_when_the_version_sent_is_stale()
    {
        var (id, version) = await DraftWithAttachmentAsync();

        await AssertNothingStoredAsync(() => ApiUploadAsync(Demo.Legal, id, $"?version={version - 1}"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Upload_stores_no_file_when_the_memo_is_with_the_approvers()
    {
        var id = await _api.MemoAtStepAsync(0);

        await AssertNothingStoredAsync(() => ApiUploadAsync(Demo.Legal, id), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Upload_stores_no_file_when_a_reader_is_not_the_author()
    {
        var id = await _api.MemoAtStepAsync(0);

        await AssertNothingStoredAsync(() => ApiUploadAsync(Demo.Section, id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Upload_stores_no_file_when_the_user_may_not_read_the_memo()
    {
        var (id, _) = await DraftWithAttachmentAsync();

        await AssertNothingStoredAsync(() => ApiUploadAsync(Demo.Mayor, id), HttpStatusCode.NotFound);
    }
}

/// <summary>ForbiddenUploadTests on SQLite (the default provider).</summary>
public sealed class ForbiddenUploadTests(WorkflowApp app) : ForbiddenUploadTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>ForbiddenUploadTests on PostgreSQL (ADR 33).</summary>
public sealed class ForbiddenUploadOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : ForbiddenUploadTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
