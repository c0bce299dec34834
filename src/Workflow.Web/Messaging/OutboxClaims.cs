using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

namespace Workflow.Web.Messaging;

/// <summary>
/// The outbox's claims when several instances dispatch (ADR 33). A claim takes whole documents: the first unsent row
/// of a document is its head, and locking the head (FOR UPDATE SKIP LOCKED on PostgreSQL) gives the claimant all of
/// that document's unsent rows under one token and lease, so one instance at a time publishes them, in id order.
/// A head still leased, or backed off after a failure, keeps its document's later rows waiting behind it.
/// Every write here names the token, so a claimant whose lease lapsed can no longer mark rows another one took over.
/// </summary>
public sealed class OutboxClaims(TimeProvider clock)
{
    /// <summary>How long a claim holds; a killed instance's rows go to the next claimant after it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan MaxRetry = TimeSpan.FromSeconds(30);

    /// <summary>Claims the unsent rows of up to <paramref name="documents"/> documents; answers them in id order.</summary>
    public async Task<List<OutboxMessage>> ClaimAsync(WorkflowDbContext db, Guid token, int documents, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var until = now + Lease.Ticks;
        // The heads are picked once (a materialized CTE), then all their documents' unsent rows are claimed. The only
        // text spliced in is the dialect's constant locking clause; the values are parameters.
        var sql = $$"""
            WITH "Heads" AS MATERIALIZED (
                SELECT h."DocumentId" FROM "Outbox" h
                WHERE h."SentAt" IS NULL AND (h."ClaimedUntil" IS NULL OR h."ClaimedUntil" < {2})
                  AND NOT EXISTS (SELECT 1 FROM "Outbox" e WHERE e."DocumentId" = h."DocumentId" AND e."SentAt" IS NULL AND e."Id" < h."Id")
                ORDER BY h."Id" LIMIT {3}{{db.Database.SkipLocked()}})
            UPDATE "Outbox" SET "ClaimToken" = {0}, "ClaimedUntil" = {1}
            FROM "Heads" WHERE "Outbox"."DocumentId" = "Heads"."DocumentId" AND "Outbox"."SentAt" IS NULL
            """;
        int claimed;
        using (await SqliteWriteGate.EnterAsync(db, ct))
            claimed = await db.Database.ExecuteSqlRawAsync(sql, [db.Database.Id(token), until, now, documents], ct);

        return claimed == 0 ? [] : await db.Outbox.AsNoTracking()
            .Where(o => o.ClaimToken == token && o.SentAt == null).OrderBy(o => o.Id).ToListAsync(ct);
    }

    /// <summary>Marked sent only after the publish returned: a crash in between re-sends the row (at least once, never lost).</summary>
    public async Task MarkSentAsync(WorkflowDbContext db, Guid token, IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0)
            return;
        var now = clock.GetUtcNow();
        using (await SqliteWriteGate.EnterAsync(db, CancellationToken.None))
            await db.Outbox.Where(o => ids.Contains(o.Id) && o.ClaimToken == token).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.SentAt, now)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                .SetProperty(o => o.ClaimToken, (Guid?)null)
                .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>
    /// A failed row is given back with a retry time that doubles with its attempts: a poison row waits longer and
    /// longer (its document's later rows behind it), while other documents go on.
    /// </summary>
    public async Task<int> MarkFailedAsync(WorkflowDbContext db, Guid token, OutboxMessage row, Exception error)
    {
        var attempts = row.Attempts + 1;
        var retryAt = clock.GetUtcNow() + RetryDelay(attempts);
        var message = error.Message.Length > 500 ? error.Message[..500] : error.Message;
        using (await SqliteWriteGate.EnterAsync(db, CancellationToken.None))
            await db.Outbox.Where(o => o.Id == row.Id && o.ClaimToken == token).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                .SetProperty(o => o.LastError, message)
                .SetProperty(o => o.ClaimToken, (Guid?)null)
                .SetProperty(o => o.ClaimedUntil, retryAt), CancellationToken.None);
        return attempts;
    }

    /// <summary>Gives back what this claim did not publish (rows behind a failure, or left when the lease ran short).</summary>
    public async Task ReleaseAsync(WorkflowDbContext db, Guid token)
    {
        using (await SqliteWriteGate.EnterAsync(db, CancellationToken.None))
            await db.Outbox.Where(o => o.ClaimToken == token && o.SentAt == null).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.ClaimToken, (Guid?)null)
                .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>
    /// At start on SQLite, where this process alone owns the file: claims left by a killed predecessor go back now
    /// rather than when their lease lapses. On PostgreSQL another live instance may hold them, so the lease decides.
    /// </summary>
    public async Task ReleaseOrphansAsync(WorkflowDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
            return;
        using (await SqliteWriteGate.EnterAsync(db, ct))
            await db.Outbox.Where(o => o.ClaimToken != null && o.SentAt == null).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.ClaimToken, (Guid?)null)
                .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>200 ms after the first failure, doubling, at most 30 s.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        attempts >= 8 ? MaxRetry : TimeSpan.FromTicks(Math.Min(FirstRetry.Ticks << (attempts - 1), MaxRetry.Ticks));
}
