using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Web.Public;

/// <summary>
/// One publisher at a time per document, taken before the snapshot is rendered and sealed, so that a delivery that
/// comes again (a redelivery, PublicationRetry, another instance's consumer) waits for the first and then finds the
/// publication made instead of sealing a second PDF (ADR 34). On PostgreSQL it is a session advisory lock keyed by
/// the document, on a connection of its own, which the server lets go if the instance dies holding it; on SQLite one
/// process owns the file, so a lock in the process is enough.
/// </summary>
public sealed class PublicationLock
{
    /// <summary>The first key of the two-key advisory lock: "wfpb" in ASCII, apart from StartupLock's single key.</summary>
    private const int Space = 0x7766_7062;

    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IAsyncDisposable> TakeAsync(WorkflowDbContext db, Guid documentId, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            var stripe = _stripes[(documentId.GetHashCode() & int.MaxValue) % _stripes.Length];
            await stripe.WaitAsync(ct);
            return new Released(stripe);
        }

        // A first publisher renders and seals for tens of milliseconds; a timestamp authority may take seconds.
        return await AdvisoryLock.TakeAsync(db.Database.GetConnectionString()!, Space, Key(documentId), ct);
    }

    /// <summary>
    /// 32 bits of the document's id: two documents that share them only wait for each other. The last four bytes are
    /// random in a version-7 Guid (its first ones are the time).
    /// </summary>
    private static int Key(Guid documentId)
    {
        Span<byte> bytes = stackalloc byte[16];
        documentId.TryWriteBytes(bytes);
        return BitConverter.ToInt32(bytes[12..]);
    }

    private sealed class Released(SemaphoreSlim stripe) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            stripe.Release();
            return ValueTask.CompletedTask;
        }
    }
}
