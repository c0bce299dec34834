using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// Lets one write transaction at a time into each SQLite file from this process. SQLite has one writer anyway;
/// without the gate a second writer gets SQLITE_BUSY and Microsoft.Data.Sqlite retries it after a sleep, which
/// costs far more than waiting here, where the lock is handed over the moment the writer before commits.
/// SQLite's own locking stays the guarantee: a write that bypasses the gate is still correct, only slower.
/// Other providers pass straight through: PostgreSQL has row locks and many writers (ADR 33).
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    /// <summary>Enter before BEGIN of a write transaction; dispose after COMMIT or rollback.</summary>
    public static async Task<IDisposable> EnterAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
            return Open.Instance;
        var gate = Of(db);
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    public static IDisposable Enter(DbContext db)
    {
        if (!db.Database.IsSqlite())
            return Open.Instance;
        var gate = Of(db);
        gate.Wait();
        return new Release(gate);
    }

    private static SemaphoreSlim Of(DbContext db) =>
        Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));

    private sealed class Open : IDisposable
    {
        public static readonly Open Instance = new();

        public void Dispose()
        {
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                gate.Release();
        }
    }
}
