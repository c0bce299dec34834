using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Workflow.Web.Data;

/// <summary>
/// Lets one instance at a time do the start-up work (migrate, record route snapshots, seed) on a shared PostgreSQL
/// database (ADR 33): the others wait, then find it done and skip it, as on any restart. One lock keeps every seed a
/// plain "insert what is missing"; inserting side by side would need each seed to survive another's duplicate, and
/// PostgreSQL aborts a transaction at its first error. A session advisory lock, on a connection of its own, needs no
/// table (the database may still be empty) and is let go by the server if the instance dies holding it.
/// SQLite needs none: one process owns the file.
/// </summary>
public static class StartupLock
{
    /// <summary>Any constant both sides agree on: "wfstart" in ASCII.</summary>
    private const long Key = 0x7766_7374_6172_74;

    public static async Task<IAsyncDisposable> TakeAsync(WorkflowDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
            return Nothing.Instance;
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(ct);
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            take.Parameters.AddWithValue("key", Key);
            // Waiting on the first instance's seeding may take longer than a query's default timeout.
            take.CommandTimeout = 0;
            await take.ExecuteNonQueryAsync(ct);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (connection)
            {
                await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                release.Parameters.AddWithValue("key", Key);
                await release.ExecuteNonQueryAsync();
            }
        }
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
