using System.Net;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Attachments;

/// <summary>
/// A memo holds at most Storage:MaxAttachmentsPerDocument files and Storage:MaxAttachmentBytesPerDocument bytes in
/// all: going over answers 413 naming the field "file", on the API and the edit page, and stores nothing.
/// </summary>
public abstract class AttachmentLimitTestsBase(LimitedWorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AttachmentView> UploadOkAsync(Guid id, int padding)
    {
        using var response = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(padding), $"part-{padding}.pdf"));
        return await ApiClient.ReadAsync<AttachmentView>(response, HttpStatusCode.Created);
    }

    private async Task<Guid> FullDraftAsync()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        for (var i = 1; i <= LimitedWorkflowApp.MaxAttachments; i++)
            await UploadOkAsync(id, i * 10);
        return id;
    }

    private async Task AssertRefusedAsync(Func<Task<HttpResponseMessage>> upload, string code)
    {
        using var response = await AttachmentFiles.AssertStoresNothingAsync(app, upload);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.RequestEntityTooLarge, "file");
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Upload_answers_413_naming_file_when_the_memo_has_as_many_attachments_as_allowed()
    {
        var id = await FullDraftAsync();

        await AssertRefusedAsync(() => _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(99), "one-too-many.pdf")), "too-many-attachments");
    }

    [Fact]
    public async Task Upload_answers_413_naming_file_when_the_attachments_would_exceed_the_total_allowed()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        await UploadOkAsync(id, 60 * 1024);

        await AssertRefusedAsync(() => _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(45 * 1024), "too-much.pdf")), "attachments-too-large");
    }

    [Fact]
    public async Task Upload_succeeds_when_an_attachment_was_removed_from_a_full_memo()
    {
        var id = await FullDraftAsync();
        var first = (await _api.GetDocumentAsync(Demo.Legal, id)).Attachments[0];
        var client = await _api.LoginAsync(Demo.Legal);
        using (var removed = await client.DeleteAsync($"/api/documents/{id}/attachments/{first.Id}", Ct))
            await ApiClient.ExpectAsync(removed, HttpStatusCode.OK, "remove");

        await UploadOkAsync(id, 77);

        Assert.Equal(LimitedWorkflowApp.MaxAttachments, (await app.CountsAsync(id)).Attachments);
    }

    [Fact]
    public async Task Edit_page_shows_the_limit_next_to_the_file_field_when_the_memo_is_full()
    {
        var id = await FullDraftAsync();
        var version = (await app.CountsAsync(id)).Version;
        var browser = await PageSession.OpenAsync(app, Demo.Legal);

        using var response = await AttachmentFiles.AssertStoresNothingAsync(app,
            () => browser.PostMultipartAsync($"/memos/{id}/edit?handler=Save", PageForms.Memo("แนบเกินจำนวน", version: version), TestPdf.Small(55)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("id=\"file-error\">บันทึกนี้มีไฟล์แนบครบจำนวนที่กำหนดแล้ว", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_page_names_the_limits_in_the_file_hint()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var browser = await PageSession.OpenAsync(app, Demo.Legal);

        using var response = await browser.GetAsync($"/memos/{id}/edit?culture=en");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains($"A memo holds at most {LimitedWorkflowApp.MaxAttachments} files, 0.1 MB in all.", html, StringComparison.Ordinal);
    }
}

/// <summary>AttachmentLimitTests on SQLite (the default provider).</summary>
public sealed class AttachmentLimitTests(LimitedWorkflowApp app) : AttachmentLimitTestsBase(app), IClassFixture<LimitedWorkflowApp>;

/// <summary>AttachmentLimitTests on PostgreSQL (ADR 33).</summary>
public sealed class AttachmentLimitOnPostgreSqlTests(OnPostgreSql<LimitedWorkflowApp> db) : AttachmentLimitTestsBase(db.App), IClassFixture<OnPostgreSql<LimitedWorkflowApp>>;
