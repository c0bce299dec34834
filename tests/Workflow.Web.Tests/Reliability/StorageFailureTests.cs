using System.Net;
using System.Text.Json;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Reliability;

/// <summary>
/// The SQLite file and the attachments on a 4 MB tmpfs that the test fills up or remounts read-only: every write
/// answers 503 storage-unavailable (never a 500), nothing is half written (version, audit entries, outbox rows,
/// register numbers as before, audit chain intact), and the service carries on once the disk is usable again.
/// </summary>
public sealed class StorageFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Scene(Guid Draft, Guid InRoute, int LastNumber);

    /// <summary>A draft and a memo waiting for the section head, with every token fetched while the disk still has room.</summary>
    private static async Task<Scene> SetUpAsync(ApiClient api)
    {
        var inRoute = await api.MemoAtStepAsync(0);
        var draft = (await api.CreateDraftAsync()).Id;
        await api.LoginAsync(Demo.Section);
        var number = RegisterNumbers.Number((await api.GetDocumentAsync(Demo.Legal, inRoute)).RegisterNumber);
        return new Scene(draft, inRoute, number);
    }

    private static async Task AssertStorageUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("storage-unavailable", problem.GetProperty("code").GetString());
        Assert.True(response.Headers.RetryAfter is not null, "503 without Retry-After");
    }

    private static async Task AssertChainIntactAsync(ApiClient api, Guid id, int entries)
    {
        var verification = await api.GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");
        Assert.True(verification.Valid, verification.Reason);
        Assert.Equal(entries, verification.Entries);
    }

    /// <summary>The writes a full or read-only disk must refuse: submit (takes a number), endorse, create, upload.</summary>
    private static async Task<List<HttpResponseMessage>> AttemptWritesAsync(ApiClient api, Scene scene)
    {
        var legal = await api.LoginAsync(Demo.Legal);
        return
        [
            await api.ActAsync(Demo.Legal, scene.Draft, "submit"),
            await api.ActAsync(Demo.Section, scene.InRoute, "endorse", "เพื่อโปรดทราบ"),
            await legal.PostAsync("/api/documents", JsonContent(ApiClient.Draft("บันทึกเมื่อดิสก์เต็ม")), Ct),
            await api.UploadAsync(Demo.Legal, scene.Draft, TestPdf.Multipart(TestPdf.Small(2_000), "รายงาน.pdf")),
        ];
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, ApiClient.Json), System.Text.Encoding.UTF8, "application/json");

    /// <summary>After recovery: the endorsement lands, the draft gets the next register number (none was used up), an upload is stored.</summary>
    private static async Task AssertRecoveredAsync(WorkflowApp app, Scene scene, DatabaseCounts before)
    {
        var api = app.Api;
        await api.ActOkAsync(Demo.Section, scene.InRoute, "endorse", "เพื่อโปรดทราบ");
        await api.ActOkAsync(Demo.Legal, scene.Draft, "submit");
        using var upload = await api.UploadAsync(Demo.Legal, (await api.CreateDraftAsync()).Id, TestPdf.Multipart(TestPdf.Small(2_000), "รายงาน.pdf"));
        await ApiClient.ExpectAsync(upload, HttpStatusCode.Created, "upload after recovery");

        Assert.Equal(scene.LastNumber + 1, RegisterNumbers.Number((await api.GetDocumentAsync(Demo.Legal, scene.Draft)).RegisterNumber));
        await AssertChainIntactAsync(api, scene.InRoute, 2);
        await AssertChainIntactAsync(api, scene.Draft, 1);
        var after = await app.CountsAsync();
        Assert.Equal(before.AuditEntries + 2, after.AuditEntries);
        Assert.Equal(before.RegisterNumbersGiven + 1, after.RegisterNumbersGiven);
    }

    [Fact]
    public async Task Writes_answer_503_and_leave_nothing_half_written_when_the_disk_is_full_and_succeed_once_space_returns()
    {
        await using var disk = TmpfsDisk.Mount();
        await using var app = new DiskWorkflowApp(disk);
        var scene = await SetUpAsync(app.Api);
        var before = await app.CountsAsync();
        var inRouteBefore = await app.CountsAsync(scene.InRoute);
        var draftBefore = await app.CountsAsync(scene.Draft);

        Assert.True(disk.Fill() >= 0);
        var responses = await AttemptWritesAsync(app.Api, scene);

        foreach (var response in responses)
        {
            using (response)
                await AssertStorageUnavailableAsync(response);
        }

        Assert.Equal(before, await app.CountsAsync());
        Assert.Equal(inRouteBefore, await app.CountsAsync(scene.InRoute));
        Assert.Equal(draftBefore, await app.CountsAsync(scene.Draft));
        await AssertChainIntactAsync(app.Api, scene.InRoute, 1);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(disk.Path, "attachments"), ".upload-*", SearchOption.AllDirectories));

        disk.Free();

        await AssertRecoveredAsync(app, scene, before);
    }

    [Fact]
    public async Task Requests_answer_503_when_the_disk_is_read_only_and_writes_succeed_once_it_is_writable_again()
    {
        await using var disk = TmpfsDisk.Mount();
        await using var app = new DiskWorkflowApp(disk);
        var scene = await SetUpAsync(app.Api);
        var before = await app.CountsAsync();

        await RemountReadOnlyAsync(app, disk);
        List<HttpResponseMessage> responses;
        try
        {
            responses = await AttemptWritesAsync(app.Api, scene);
            responses.Add(await (await app.Api.LoginAsync(Demo.Legal)).GetAsync($"/api/documents/{scene.InRoute}", Ct));
        }
        finally
        {
            disk.RemountReadWrite();
        }

        foreach (var response in responses)
        {
            using (response)
                await AssertStorageUnavailableAsync(response);
        }

        Assert.Equal(before, await app.CountsAsync());
        await AssertChainIntactAsync(app.Api, scene.InRoute, 1);
        await AssertRecoveredAsync(app, scene, before);
    }

    /// <summary>Linux refuses remount,ro while the database is open for writing: close the host's idle connections until it succeeds.</summary>
    private static async Task RemountReadOnlyAsync(DiskWorkflowApp app, TmpfsDisk disk)
    {
        var output = "";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            app.CloseIdleConnections();
            if (disk.TryRemountReadOnly(out output))
                return;
            await Task.Delay(50, Ct);
        }

        Assert.Fail($"The disk could not be remounted read-only: {output}");
    }
}
