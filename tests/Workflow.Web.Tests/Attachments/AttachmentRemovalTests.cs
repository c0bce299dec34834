using System.Globalization;
using System.Net;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Attachments;

/// <summary>
/// The author removes an attachment from a draft or a returned memo (DELETE /api/documents/{id}/attachments/{aid},
/// or the edit page's remove button); its file goes unless another memo holds the same file. Others are refused as
/// for any edit: 404 when they may not read the memo (ADR 6), 403 when they may, 409 when the memo moved on.
/// </summary>
public abstract class AttachmentRemovalTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int _padding = 1000;

    /// <summary>Each call uploads different bytes, unless the same padding is asked for again.</summary>
    private async Task<AttachmentView> UploadAsync(Guid id, int? padding = null)
    {
        using var response = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(padding ?? Interlocked.Increment(ref _padding)), "report.pdf"));
        return await ApiClient.ReadAsync<AttachmentView>(response, HttpStatusCode.Created);
    }

    private async Task<HttpResponseMessage> RemoveAsync(string user, Guid id, Guid attachmentId, int? version = null)
    {
        var client = await _api.LoginAsync(user);
        var query = version is { } v ? $"?version={v.ToString(CultureInfo.InvariantCulture)}" : "";
        return await client.DeleteAsync($"/api/documents/{id}/attachments/{attachmentId}{query}", Ct);
    }

    private async Task AssertRefusedAsync(Func<Task<HttpResponseMessage>> remove, HttpStatusCode status)
    {
        using var response = await AttachmentFiles.AssertStoresNothingAsync(app, remove);

        await Problem.AssertAsync(response, status);
    }

    [Fact]
    public async Task Remove_takes_the_attachment_and_its_file_off_the_draft_when_the_author_asks()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var kept = await UploadAsync(id);
        var removed = await UploadAsync(id);
        var version = (await app.CountsAsync(id)).Version;

        using var response = await RemoveAsync(Demo.Legal, id, removed.Id, version);

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "remove");
        var doc = await _api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal([kept.Id], doc.Attachments.Select(a => a.Id));
        Assert.Equal(version + 1, doc.Version);
        Assert.False(File.Exists(AttachmentFiles.PathOf(app, removed.Sha256)));
        Assert.True(File.Exists(AttachmentFiles.PathOf(app, kept.Sha256)));
    }

    [Fact]
    public async Task Remove_keeps_the_file_when_another_memo_holds_the_same_pdf()
    {
        var first = (await _api.CreateDraftAsync()).Id;
        var second = (await _api.CreateDraftAsync()).Id;
        var shared = Interlocked.Increment(ref _padding);
        var one = await UploadAsync(first, shared);
        var other = await UploadAsync(second, shared);

        using var response = await RemoveAsync(Demo.Legal, first, one.Id);

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "remove");
        Assert.Equal(one.Sha256, other.Sha256);
        var client = await _api.LoginAsync(Demo.Legal);
        Assert.Equal(TestPdf.Small(shared), await client.GetByteArrayAsync(other.Url, Ct));
    }

    [Fact]
    public async Task Remove_succeeds_on_a_memo_returned_to_its_author()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);
        await _api.ActOkAsync(Demo.Legal, id, "submit");
        await _api.ActOkAsync(Demo.Section, id, "return", "แนบไฟล์ผิด");

        using var response = await RemoveAsync(Demo.Legal, id, attachment.Id);

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "remove from a returned memo");
        Assert.Equal(0, (await app.CountsAsync(id)).Attachments);
    }

    [Fact]
    public async Task Remove_answers_409_and_changes_nothing_when_the_version_is_stale()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);
        var stale = (await app.CountsAsync(id)).Version - 1;

        await AssertRefusedAsync(() => RemoveAsync(Demo.Legal, id, attachment.Id, stale), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Remove_answers_409_and_changes_nothing_when_the_memo_is_with_the_approvers()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);
        await _api.ActOkAsync(Demo.Legal, id, "submit");

        await AssertRefusedAsync(() => RemoveAsync(Demo.Legal, id, attachment.Id), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Remove_answers_403_and_changes_nothing_when_a_reader_is_not_the_author()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);
        await _api.ActOkAsync(Demo.Legal, id, "submit");

        await AssertRefusedAsync(() => RemoveAsync(Demo.Section, id, attachment.Id), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(Demo.Section)]
    [InlineData(Demo.Mayor)]
    [InlineData(Demo.Finance)]
    public async Task Remove_answers_404_and_changes_nothing_when_the_user_may_not_read_the_memo(string user)
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);

        await AssertRefusedAsync(() => RemoveAsync(user, id, attachment.Id), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Remove_answers_404_and_changes_nothing_when_the_attachment_belongs_to_another_memo()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var elsewhere = await UploadAsync((await _api.CreateDraftAsync()).Id);

        await AssertRefusedAsync(() => RemoveAsync(Demo.Legal, id, elsewhere.Id), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Edit_page_removes_the_attachment_when_the_author_presses_its_remove_button()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);
        var version = (await app.CountsAsync(id)).Version;
        var browser = await PageSession.OpenAsync(app, Demo.Legal);
        var page = await (await browser.GetAsync($"/memos/{id}/edit")).Content.ReadAsStringAsync(Ct);

        using var response = await browser.PostAsync($"/memos/{id}/edit?handler=Remove",
            new Dictionary<string, string> { ["attachmentId"] = attachment.Id.ToString(), ["version"] = version.ToString(CultureInfo.InvariantCulture) });

        Assert.Contains($"form=\"remove-{attachment.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<form id=\"remove-{attachment.Id}\" method=\"post\" action=\"/memos/{id}/edit?handler=Remove\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/memos/{id}/edit", response.Headers.Location?.OriginalString);
        Assert.Equal(0, (await app.CountsAsync(id)).Attachments);
    }

    [Fact]
    public async Task Edit_page_answers_409_and_changes_nothing_when_the_remove_form_is_stale()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);
        var stale = (await app.CountsAsync(id)).Version - 1;
        var browser = await PageSession.OpenAsync(app, Demo.Legal);

        await AssertRefusedPageAsync(() => browser.PostAsync($"/memos/{id}/edit?handler=Remove",
            new Dictionary<string, string> { ["attachmentId"] = attachment.Id.ToString(), ["version"] = stale.ToString(CultureInfo.InvariantCulture) }), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData(Demo.Section, HttpStatusCode.Forbidden)]
    [InlineData(Demo.Mayor, HttpStatusCode.NotFound)]
    public async Task Edit_page_refuses_to_remove_and_changes_nothing_when_the_user_is_not_the_author(string user, HttpStatusCode status)
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);
        await _api.ActOkAsync(Demo.Legal, id, "submit");
        await _api.ActOkAsync(Demo.Section, id, "return", "แก้ไขไฟล์แนบ");
        var browser = await PageSession.OpenAsync(app, user);

        await AssertRefusedPageAsync(() => browser.PostAsync($"/memos/{id}/edit?handler=Remove",
            new Dictionary<string, string> { ["attachmentId"] = attachment.Id.ToString() }), status);
    }

    [Fact]
    public async Task Edit_page_refuses_to_remove_when_the_post_has_no_antiforgery_token()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var attachment = await UploadAsync(id);
        var browser = await CookieSession.SignInAsync(app, Demo.Legal);

        await AssertRefusedPageAsync(() => browser.PostAsync($"/memos/{id}/edit?handler=Remove",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["attachmentId"] = attachment.Id.ToString() }), Ct), HttpStatusCode.BadRequest);
    }

    private async Task AssertRefusedPageAsync(Func<Task<HttpResponseMessage>> post, HttpStatusCode status)
    {
        using var response = await AttachmentFiles.AssertStoresNothingAsync(app, post);

        Assert.Equal(status, response.StatusCode);
    }
}

/// <summary>AttachmentRemovalTests on SQLite (the default provider).</summary>
public sealed class AttachmentRemovalTests(WorkflowApp app) : AttachmentRemovalTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AttachmentRemovalTests on PostgreSQL (ADR 33).</summary>
public sealed class AttachmentRemovalOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AttachmentRemovalTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
