using Microsoft.EntityFrameworkCore;

namespace Workflow.Web.Data;

/// <summary>
/// Lets one instance at a time do the start-up work (migrate, record route snapshots, seed) on a shared PostgreSQL
/// database (ADR 33): the others wait, then find it done and skip it, as on any restart. One lock keeps every seed a
/// plain "insert what is missing"; inserting side by side would need each seed to survive another's duplicate, and
/// PostgreSQL aborts a transaction at its first error. A session advisory lock (<see cref="AdvisoryLock"/>) needs no
/// table (the database may still be empty) and is let go by the server if the instance dies holding it.
/// SQLite needs none: one process owns the file.
/// </summary>
public static class StartupLock
{
    /// <summary>Any constant both sides agree on: "wfstart" in ASCII.</summary>
    private const long Key = 0x7766_7374_6172_74;

    public static async Task<IAsyncDisposable> TakeAsync(WorkflowDbContext db, CancellationToken ct) =>
        db.Database.IsSqlite() ? Nothing.Instance : await AdvisoryLock.TakeAsync(db.Database.GetConnectionString()!, Key, ct);

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
