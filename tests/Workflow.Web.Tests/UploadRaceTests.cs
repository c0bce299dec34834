using System.Net;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>
/// An upload still streaming when the author submits: the memo the approvers see must not gain an attachment
/// after it left the author's hands; and two uploads that each saw room for the last attachment do not both get in.
/// The probe lets the other request land exactly between an upload's checks and its write.
/// </summary>
public abstract class UploadRaceTestsBase(ProbedWorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts an upload whose body stalls after its first bytes; answers once the host has checked the memo.</summary>
    private async Task<(StalledContent Body, Task<HttpResponseMessage> Upload)> StalledUploadAsync(Guid id, int padding, string fileName)
    {
        var checkedEditable = app.Probe.LoadedWithAttachments(id);
        var body = new StalledContent(TestPdf.Multipart(TestPdf.Small(padding), fileName), firstPart: 300);
        var upload = _api.UploadAsync(Demo.Legal, id, body);
        await checkedEditable.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        return (body, upload);
    }

    [Fact]
    public async Task Upload_answers_409_and_attaches_nothing_when_the_memo_is_submitted_while_the_file_streams()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var (body, upload) = await StalledUploadAsync(id, 4000, "late.pdf");
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
        var (body, upload) = await StalledUploadAsync(id, 4000, "slow.pdf");

        body.Release();
        using var response = await upload;

        await ApiClient.ExpectAsync(response, HttpStatusCode.Created, "slow upload");
        Assert.Equal(1, (await app.CountsAsync(id)).Attachments);
    }

    [Fact]
    public async Task Two_uploads_at_the_limit_do_not_both_get_in_when_each_saw_room_for_one_more()
    {
        var id = (await _api.CreateDraftAsync()).Id;
        for (var i = 0; i < 19; i++)
        {
            using var filled = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(100 + i), $"part-{i}.pdf"));
            await ApiClient.ExpectAsync(filled, HttpStatusCode.Created, $"upload {i + 1} of 19");
        }

        var filesBefore = AttachmentFiles.List(app);
        var (first, firstUpload) = await StalledUploadAsync(id, 5000, "first.pdf");
        var (second, secondUpload) = await StalledUploadAsync(id, 5001, "second.pdf");

        first.Release();
        using var firstResponse = await firstUpload;
        second.Release();
        using var secondResponse = await secondUpload;

        var firstView = await ApiClient.ReadAsync<Workflow.Web.Application.AttachmentView>(firstResponse, HttpStatusCode.Created);
        Assert.Contains(secondResponse.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.RequestEntityTooLarge });
        Assert.Equal(20, (await app.CountsAsync(id)).Attachments);
        Assert.Equal(filesBefore.Append($"{firstView.Sha256[..2]}/{firstView.Sha256}").Order(StringComparer.Ordinal), AttachmentFiles.List(app));
    }
}

/// <summary>UploadRaceTests on SQLite (the default provider).</summary>
public sealed class UploadRaceTests(ProbedWorkflowApp app) : UploadRaceTestsBase(app), IClassFixture<ProbedWorkflowApp>;

/// <summary>UploadRaceTests on PostgreSQL (ADR 33).</summary>
public sealed class UploadRaceOnPostgreSqlTests(OnPostgreSql<ProbedWorkflowApp> db) : UploadRaceTestsBase(db.App), IClassFixture<OnPostgreSql<ProbedWorkflowApp>>;
