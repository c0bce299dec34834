using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Application;

/// <summary>
/// Deletes files in the attachments folder that no attachment row references: left by a crash mid-upload, or by a
/// removal. Only files last written longer than <see cref="StorageOptions.SweepGrace"/> ago, so a file an upload is
/// about to reference (in this or another instance) is never taken; files the store did not name are never touched.
/// </summary>
public sealed class AttachmentSweep(AttachmentStore store, IServiceScopeFactory scopes, IOptions<StorageOptions> options, TimeProvider clock, ILogger<AttachmentSweep> log)
{
    public sealed record Result(int Candidates, int Deleted);

    public async Task<Result> SweepAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - options.Value.SweepGrace;
        var candidates = store.FilesOlderThan(cutoff);
        if (candidates.Count == 0)
            return new Result(0, 0);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var deleted = await store.DeleteUnreferencedAsync([.. candidates.Select(f => f.FullName)], async () =>
            (await db.Attachments.AsNoTracking().Select(a => a.StoredAs ?? a.Sha256).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal), cutoff, ct);
        if (deleted > 0)
            log.LogInformation("Attachment sweep deleted {Deleted} unreferenced files of {Candidates} older than {Cutoff}", deleted, candidates.Count, cutoff);
        return new Result(candidates.Count, deleted);
    }
}
