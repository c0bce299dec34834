using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Attachments;

/// <summary>
/// The sweep deletes files in the attachments folder that no row references and that are older than
/// Storage:SweepGrace (1 hour here, the default); it keeps referenced files, young files (an upload may be about to
/// reference them) and files the store did not name. Files are planted with old and new timestamps.
/// </summary>
public sealed class AttachmentSweepTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private static readonly TimeSpan Old = TimeSpan.FromHours(2);
    private static readonly TimeSpan Young = TimeSpan.FromMinutes(5);

    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task SweepAsync() => app.Services.GetRequiredService<AttachmentSweep>().SweepAsync(Ct);

    private async Task<AttachmentView> UploadAsync(byte[] pdf)
    {
        var id = (await _api.CreateDraftAsync()).Id;
        using var response = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(pdf, "report.pdf"));
        return await ApiClient.ReadAsync<AttachmentView>(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Sweep_deletes_an_old_file_that_no_attachment_references()
    {
        _ = app.Services;
        var orphan = PlantedFiles.Stored(app.AttachmentsPath, TestPdf.Small(5_001), Old);

        await SweepAsync();

        Assert.False(File.Exists(orphan));
    }

    [Fact]
    public async Task Sweep_deletes_an_old_temporary_upload_left_by_a_crash()
    {
        _ = app.Services;
        var temp = PlantedFiles.At(app.AttachmentsPath, $".upload-{Guid.NewGuid():N}", Old);

        await SweepAsync();

        Assert.False(File.Exists(temp));
    }

    [Fact]
    public async Task Sweep_keeps_unreferenced_files_younger_than_the_grace_period()
    {
        _ = app.Services;
        var orphan = PlantedFiles.Stored(app.AttachmentsPath, TestPdf.Small(5_002), Young);
        var temp = PlantedFiles.At(app.AttachmentsPath, $".upload-{Guid.NewGuid():N}", Young);

        await SweepAsync();

        Assert.True(File.Exists(orphan));
        Assert.True(File.Exists(temp));
    }

    [Fact]
    public async Task Sweep_keeps_an_old_file_that_an_attachment_references()
    {
        var pdf = TestPdf.Small(5_003);
        var view = await UploadAsync(pdf);
        PlantedFiles.Age(AttachmentFiles.PathOf(app, view.Sha256), Old);

        await SweepAsync();

        Assert.Equal(pdf, await (await _api.LoginAsync(Demo.Legal)).GetByteArrayAsync(view.Url, Ct));
    }

    [Fact]
    public async Task Sweep_keeps_an_old_orphan_once_an_upload_of_the_same_file_references_it_again()
    {
        _ = app.Services;
        var pdf = TestPdf.Small(5_004);
        PlantedFiles.Stored(app.AttachmentsPath, pdf, Old);
        var view = await UploadAsync(pdf);

        await SweepAsync();

        Assert.True(File.Exists(AttachmentFiles.PathOf(app, view.Sha256)));
        Assert.True(File.GetLastWriteTimeUtc(AttachmentFiles.PathOf(app, view.Sha256)) > DateTime.UtcNow - Young);
        Assert.Equal(pdf, await (await _api.LoginAsync(Demo.Legal)).GetByteArrayAsync(view.Url, Ct));
    }

    [Theory]
    [InlineData("README.txt")]
    [InlineData("ab/not-a-hash")]
    [InlineData("ab/cd00000000000000000000000000000000000000000000000000000000000000")]
    public async Task Sweep_keeps_old_files_the_store_did_not_name(string relative)
    {
        _ = app.Services;
        var foreign = PlantedFiles.At(app.AttachmentsPath, relative, Old);

        await SweepAsync();

        Assert.True(File.Exists(foreign));
    }
}
