using System.Net;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>
/// An upload still streaming when the author submits: the memo the approvers see must not gain an attachment
/// after it left the author's hands. The probe lets the submission land exactly between the upload's checks and its write.
/// </summary>
public sealed class UploadRaceTests(ProbedWorkflowApp app) : IClassFixture<ProbedWorkflowApp>
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_answers_409_and_attaches_nothing_when_the_memo_is_submitted_while_the_file_streams()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var checkedEditable = app.Probe.LoadedWithAttachments(id);
        var body = new StalledContent(Pdf.Multipart(Pdf.Small(4000), "late.pdf"), firstPart: 300);
        var upload = _api.UploadAsync(Demo.Legal, id, body);
        await checkedEditable.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await _api.ActOkAsync(Demo.Legal, id, "submit");

        body.Release();
        using var response = await upload;

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(0, (await app.CountsAsync(id)).Attachments);
    }

    [Fact]
    public async Task Upload_succeeds_when_nothing_happens_to_the_memo_while_the_file_streams()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var checkedEditable = app.Probe.LoadedWithAttachments(id);
        var body = new StalledContent(Pdf.Multipart(Pdf.Small(4000), "slow.pdf"), firstPart: 300);
        var upload = _api.UploadAsync(Demo.Legal, id, body);
        await checkedEditable.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        body.Release();
        using var response = await upload;

        await ApiClient.ExpectAsync(response, HttpStatusCode.Created, "slow upload");
        Assert.Equal(1, (await app.CountsAsync(id)).Attachments);
    }
}
