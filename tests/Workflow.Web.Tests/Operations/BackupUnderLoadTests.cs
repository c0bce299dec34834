using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Core.Engine;
using Workflow.Web.Public;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Operations;

/// <summary>
/// `backup` as the real binary against the database of a service routing memos, `restore` into new folders,
/// and a service started on them: nothing acknowledged before the backup began is missing, and it all checks out.
/// </summary>
public sealed class BackupUnderLoadTests : IAsyncLifetime
{
    private const int Workers = 4;
    private readonly OperationsApp _source = new();
    private readonly OperationsApp _restored = new();
    private readonly string _backup = Path.Combine(Directory.CreateTempSubdirectory("workflow-backup-").FullName, "backup");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        await _restored.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_backup)!, recursive: true);
    }

    [Fact]
    public async Task Backup_taken_while_memos_are_routed_restores_everything_acknowledged_before_it_verified_and_served()
    {
        var token = (await _source.Api.LoginAsync(Demo.Legal)).DefaultRequestHeaders.Authorization;
        var load = new RoutingLoad(_source.Api);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(() => load.RunWorkerAsync(w, stop.Token), Ct)).ToList();
        for (var i = 0; i < 600 && load.Count < 40 && load.Failures.Count == 0; i++)
            await Task.Delay(50, Ct);

        var before = load.Snapshot();
        var backup = await ServiceBinary.RunAsync(["backup", "--to", _backup], _source.CommandEnvironment());
        var acknowledgedDuringBackup = load.Count - before.Count;
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        Assert.Empty(load.Failures);
        Assert.True(backup.ExitCode == 0, backup.ToString());
        TestContext.Current.TestOutputHelper?.WriteLine($"{before.Count} actions acknowledged before the backup, {acknowledgedDuringBackup} while it ran; {backup.Output}");

        var restore = await ServiceBinary.RunAsync(["restore", "--from", _backup], _restored.CommandEnvironment());
        Assert.True(restore.ExitCode == 0, restore.ToString());

        await AssertNothingAcknowledgedIsMissingAsync(before);
        await AssertEveryAuditChainVerifiesAsync();
        await AssertEverySignedMemoIsServedWithItsAttachmentsAsync(before);
        await AssertATokenIssuedBeforeTheBackupStillWorksAsync(token);
    }

    private async Task AssertNothingAcknowledgedIsMissingAsync(IReadOnlyList<RoutingLoad.Acknowledged> before)
    {
        foreach (var memo in before.GroupBy(a => a.DocumentId))
        {
            var stored = await _restored.ReadDbAsync(async db => new
            {
                Exists = await db.Documents.AnyAsync(d => d.Id == memo.Key, Ct),
                Audited = await db.AuditEntries.CountAsync(a => a.DocumentId == memo.Key, Ct),
                Attachments = await db.Attachments.CountAsync(a => a.DocumentId == memo.Key, Ct),
            });
            Assert.True(stored.Exists, $"Memo {memo.Key} was acknowledged before the backup and is missing from the restore.");
            Assert.True(stored.Audited >= memo.Count(a => a.IsAuditedAction), $"Memo {memo.Key}: {stored.Audited} audit entries, {memo.Count(a => a.IsAuditedAction)} actions acknowledged.");
            Assert.True(stored.Attachments >= memo.Count(a => a.Step == "upload"), $"Memo {memo.Key}: an acknowledged upload is missing.");
        }
    }

    private async Task AssertEveryAuditChainVerifiesAsync()
    {
        var ids = await _restored.ReadDbAsync(db => db.Documents.Select(d => d.Id).ToListAsync(Ct));
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var verification = await _restored.Api.GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");
            Assert.True(verification.Valid, $"Memo {id}: {verification.Reason} at entry {verification.FirstBrokenSequence}");
        }
    }

    private async Task AssertEverySignedMemoIsServedWithItsAttachmentsAsync(IReadOnlyList<RoutingLoad.Acknowledged> before)
    {
        // A signature acknowledged just before the backup may have been published only after it: the restored service's outbox does it.
        Assert.True(await _restored.EventuallyAsync(async db =>
            await db.Documents.CountAsync(d => d.Status == DocumentStatus.Signed, Ct) == await db.Publications.CountAsync(Ct), TimeSpan.FromSeconds(60)),
            "Not every signed memo of the restored service was published.");
        var signedBefore = before.Where(a => a.Step == "sign").Select(a => a.DocumentId).ToHashSet();
        var publications = await _restored.ReadDbAsync(db => db.Publications.Select(p => new { p.Id, p.DocumentId, p.SnapshotHash }).ToListAsync(Ct));
        Assert.Subset(publications.Select(p => p.DocumentId).ToHashSet(), signedBefore);
        var anonymous = _restored.Api.CreateClient();
        foreach (var publication in publications)
        {
            var memo = await anonymous.GetFromJsonAsync<PublicMemo>($"/public/api/memos/{publication.Id}", ApiClient.Json, Ct);
            Assert.Equal(publication.SnapshotHash, memo!.SnapshotHash);
            Assert.NotEmpty(memo.Memo.Attachments);
            foreach (var attachment in memo.Memo.Attachments)
            {
                var bytes = await anonymous.GetByteArrayAsync($"/public/memos/{publication.Id}/attachments/{attachment.Id}", Ct);
                Assert.Equal(attachment.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
        }
    }

    private async Task AssertATokenIssuedBeforeTheBackupStillWorksAsync(AuthenticationHeaderValue? token)
    {
        var client = _restored.Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = token;
        using var response = await client.GetAsync("/api/documents/mine", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
