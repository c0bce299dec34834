using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>
/// Uploads: only real PDFs within the size limit are kept; whatever the uploaded name, the file lands in the
/// attachments folder under its hash and the name shown is harmless.
/// </summary>
public abstract partial class AttachmentUploadTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("^attachments/[0-9a-f]{2}/[0-9a-f]{64}$")]
    private static partial Regex StoredFile();

    [GeneratedRegex(@"^workflow\.db(-wal|-shm)?$")]
    private static partial Regex DatabaseFile();

    private async Task AssertRejectedAsync(Guid id, HttpContent content, HttpStatusCode status, string field)
    {
        var before = await app.CountsAsync();
        var filesBefore = FilesUnderRoot();

        using var response = await _api.UploadAsync(Demo.Legal, id, content);

        await Problem.AssertFieldAsync(response, status, field);
        Assert.Equal(before, await app.CountsAsync());
        Assert.Equal(filesBefore, FilesUnderRoot());
    }

    /// <summary>Every file under the test folder, relative to it, without the database's own files and the host's key ring.</summary>
    private List<string> FilesUnderRoot() => Directory.EnumerateFiles(app.Root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(app.Root, f).Replace('\\', '/'))
        .Where(f => !DatabaseFile().IsMatch(f) && !f.StartsWith("keys/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    [Fact]
    public async Task Upload_stores_the_pdf_under_its_hash_when_it_is_a_real_pdf()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var pdf = TestPdf.Small(10);

        using var response = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(pdf, "รายงานผลการดำเนินงาน.pdf"));

        var view = await ApiClient.ReadAsync<AttachmentView>(response, HttpStatusCode.Created);
        Assert.Equal("รายงานผลการดำเนินงาน.pdf", view.FileName);
        Assert.Equal(pdf.Length, view.Size);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(app.AttachmentsPath, view.Sha256[..2], view.Sha256), Ct));
    }

    [Fact]
    public async Task Download_answers_the_same_bytes_when_the_reader_may_read_the_memo()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var pdf = TestPdf.Small(20);
        using var upload = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(pdf, "report.pdf"));
        var view = await ApiClient.ReadAsync<AttachmentView>(upload, HttpStatusCode.Created);
        await _api.ActOkAsync(Demo.Legal, id, "submit");
        var section = await _api.LoginAsync(Demo.Section);

        using var download = await section.GetAsync(view.Url, Ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Download_answers_404_when_the_reader_may_not_read_the_memo()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        using var upload = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(30), "report.pdf"));
        var view = await ApiClient.ReadAsync<AttachmentView>(upload, HttpStatusCode.Created);
        var mayor = await _api.LoginAsync(Demo.Mayor);

        using var download = await mayor.GetAsync(view.Url, Ct);

        await Problem.AssertAsync(download, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("MZ\u0090\0 this is a Windows executable")]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData(" %PDF-1.4 starts one byte too late")]
    [InlineData("%PDX-1.4")]
    public async Task Upload_answers_415_when_the_content_is_not_a_pdf_though_named_pdf(string content)
    {
        var id = (await _api.CreateDraftAsync()).Id;

        await AssertRejectedAsync(id, TestPdf.Multipart(Encoding.UTF8.GetBytes(content), "report.pdf"), HttpStatusCode.UnsupportedMediaType, "file");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/octet-stream")]
    [InlineData("image/png")]
    public async Task Upload_answers_415_when_the_declared_type_is_not_pdf(string contentType)
    {
        var id = (await _api.CreateDraftAsync()).Id;

        await AssertRejectedAsync(id, TestPdf.Multipart(TestPdf.Small(), "report.pdf", contentType), HttpStatusCode.UnsupportedMediaType, "file");
    }

    [Fact]
    public async Task Upload_answers_415_when_the_body_is_not_multipart()
    {
        var id = (await _api.CreateDraftAsync()).Id;

        await AssertRejectedAsync(id, JsonContent.Create(new { file = "JVBERi0xLjQ=" }), HttpStatusCode.UnsupportedMediaType, "file");
    }

    [Fact]
    public async Task Upload_answers_413_when_the_file_is_over_the_limit()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var tooLarge = TestPdf.Small((int)WorkflowApp.MaxAttachmentBytes + 1);

        await AssertRejectedAsync(id, TestPdf.Multipart(tooLarge, "large.pdf"), HttpStatusCode.RequestEntityTooLarge, "file");
    }

    [Fact]
    public async Task Upload_answers_413_when_the_request_is_far_over_the_limit()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var huge = TestPdf.Small((int)WorkflowApp.MaxAttachmentBytes * 4);

        var before = await app.CountsAsync();
        using var response = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(huge, "huge.pdf"));

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Upload_answers_400_naming_file_when_the_file_is_empty()
    {
        var id = (await _api.CreateDraftAsync()).Id;

        await AssertRejectedAsync(id, TestPdf.Multipart([], "empty.pdf"), HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task Upload_answers_400_naming_file_when_the_form_field_has_another_name()
    {
        var id = (await _api.CreateDraftAsync()).Id;

        await AssertRejectedAsync(id, TestPdf.Multipart(TestPdf.Small(), "report.pdf", field: "document"), HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task Upload_answers_409_when_the_memo_is_already_submitted()
    {
        var id = await _api.MemoAtStepAsync(0);
        var before = await app.CountsAsync();

        using var response = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(40), "late.pdf"));

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Upload_answers_404_when_someone_else_uploads_to_a_draft()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var before = await app.CountsAsync();

        using var response = await _api.UploadAsync(Demo.Section, id, TestPdf.Multipart(TestPdf.Small(50), "intruder.pdf"));

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\System32\\evil.pdf", "evil.pdf")]
    [InlineData("/etc/cron.d/job.pdf", "job.pdf")]
    [InlineData("รายงาน\u0000\u0007\r\nตอนที่๒.pdf", "รายงานตอนที่๒.pdf")]
    [InlineData("a\"b<c>d|e:f*g?h.pdf", "abcdefgh.pdf")]
    [InlineData("..", "attachment.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe.pdf")]
    public async Task Upload_stores_a_safe_name_inside_the_attachments_folder_when_the_name_is_hostile(string hostile, string expected)
    {
        var id = (await _api.CreateDraftAsync()).Id;

        using var response = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(hostile.Length + 100), hostile));

        var view = await ApiClient.ReadAsync<AttachmentView>(response, HttpStatusCode.Created);
        Assert.Equal(expected, view.FileName);
        Assert.Equal(expected, (await _api.GetDocumentAsync(Demo.Legal, id)).Attachments.Single().FileName);
        Assert.All(FilesUnderRoot(), f => Assert.Matches(StoredFile(), f));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(app.Root)!, "etc", "passwd.pdf")));
    }
}

/// <summary>AttachmentUploadTests on SQLite (the default provider).</summary>
public sealed class AttachmentUploadTests(WorkflowApp app) : AttachmentUploadTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AttachmentUploadTests on PostgreSQL (ADR 33).</summary>
public sealed class AttachmentUploadOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AttachmentUploadTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
