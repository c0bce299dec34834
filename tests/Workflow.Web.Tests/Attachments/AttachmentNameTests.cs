using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Public;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Attachments;

/// <summary>
/// An attachment is a PDF, so its name ends in ".pdf" wherever it is stored or served: the API, the member pages'
/// download, the publication snapshot and the public site's download. Rows stored before the rule are served so too.
/// </summary>
public abstract class AttachmentNameTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string? DownloadName(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Content.Headers.ContentDisposition?.FileNameStar;
    }

    private async Task<(Guid Id, AttachmentView View)> UploadAsync(string fileName, int padding)
    {
        var id = (await _api.CreateDraftAsync()).Id;
        using var response = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(padding), fileName));
        return (id, await ApiClient.ReadAsync<AttachmentView>(response, HttpStatusCode.Created));
    }

    [Theory]
    [InlineData("report.cmd", "report.cmd.pdf")]
    [InlineData("report", "report.pdf")]
    [InlineData("รายงาน.PDF", "รายงาน.PDF")]
    [InlineData("setup.exe.", "setup.exe.pdf")]
    [InlineData("rep\uFFFEort\u200B.pdf", "report.pdf")]
    [InlineData("caf\u0065\u0301.pdf", "caf\u00E9.pdf")]
    public async Task Upload_stores_a_name_ending_in_pdf_when_a_pdf_is_uploaded_under_another_name(string uploaded, string expected)
    {
        var (id, view) = await UploadAsync(uploaded, 700 + uploaded.Length);

        Assert.Equal(expected, view.FileName);
        Assert.Equal(expected, (await _api.GetDocumentAsync(Demo.Legal, id)).Attachments.Single().FileName);
    }

    [Fact]
    public async Task Downloads_are_named_pdf_when_the_file_was_uploaded_as_cmd()
    {
        var (id, view) = await UploadAsync("report.cmd", 801);
        var api = await _api.LoginAsync(Demo.Legal);
        var browser = await CookieSession.SignInAsync(app, Demo.Legal);

        using var fromApi = await api.GetAsync(view.Url, Ct);
        using var fromPage = await browser.GetAsync($"/memos/{id}/attachments/{view.Id}", Ct);

        Assert.Equal("report.cmd.pdf", DownloadName(fromApi));
        Assert.Equal("report.cmd.pdf", DownloadName(fromPage));
    }

    [Fact]
    public async Task Publication_and_public_download_are_named_pdf_when_the_stored_name_predates_the_rule()
    {
        var (id, view) = await UploadAsync("report.pdf", 802);
        await app.ReadDbAsync(db => db.Attachments.Where(a => a.Id == view.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.FileName, "report.cmd"), Ct));
        await _api.ActOkAsync(Demo.Legal, id, "submit");
        foreach (var approver in Demo.MemoSteps[..^1])
            await _api.ActOkAsync(approver, id, "endorse");

        await _api.ActOkAsync(Demo.Mayor, id, "sign");

        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id, Ct)), "The memo was not published.");
        var publication = await app.ReadDbAsync(db => db.Publications.AsNoTracking().SingleAsync(p => p.DocumentId == id, Ct));
        var snapshot = JsonSerializer.Deserialize<PublishedMemo>(publication.Snapshot, SnapshotBuilder.Json)!;
        Assert.Equal("report.cmd.pdf", snapshot.Attachments.Single().FileName);
        using var download = await _api.CreateClient().GetAsync($"/public/memos/{publication.Id}/attachments/{view.Id}", Ct);
        Assert.Equal("report.cmd.pdf", DownloadName(download));
        Assert.Equal("report.cmd.pdf", (await _api.GetDocumentAsync(Demo.Legal, id)).Attachments.Single().FileName);
    }
}

/// <summary>AttachmentNameTests on SQLite (the default provider).</summary>
public sealed class AttachmentNameTests(WorkflowApp app) : AttachmentNameTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AttachmentNameTests on PostgreSQL (ADR 33).</summary>
public sealed class AttachmentNameOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AttachmentNameTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
