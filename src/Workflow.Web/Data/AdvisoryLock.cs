using Npgsql;

namespace Workflow.Web.Data;

/// <summary>
/// A PostgreSQL session advisory lock held on a connection of its own until disposed: it needs no table (the database
/// may still be empty), waits as long as the holder takes (no command timeout), and the server lets it go if the
/// instance dies holding it. One key (<see cref="StartupLock"/>) or two, a space and a key within it
/// (<see cref="Public.PublicationLock"/>); the two forms never block each other.
/// </summary>
public static class AdvisoryLock
{
    public static Task<IAsyncDisposable> TakeAsync(string connectionString, long key, CancellationToken ct) =>
        TakeAsync(connectionString, [key], ct);

    public static Task<IAsyncDisposable> TakeAsync(string connectionString, int space, int key, CancellationToken ct) =>
        TakeAsync(connectionString, [space, key], ct);

    private static async Task<IAsyncDisposable> TakeAsync(string connectionString, object[] keys, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var take = Command(connection, "pg_advisory_lock", keys);
            take.CommandTimeout = 0;
            await take.ExecuteNonQueryAsync(ct);
            return new Held(connection, keys);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string function, object[] keys)
    {
        var command = new NpgsqlCommand($"SELECT {function}({string.Join(", ", keys.Select((_, i) => "@k" + i))})", connection);
        for (var i = 0; i < keys.Length; i++)
            command.Parameters.AddWithValue("k" + i, keys[i]);
        return command;
    }

    private sealed class Held(NpgsqlConnection connection, object[] keys) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (connection)
            {
                await using var release = Command(connection, "pg_advisory_unlock", keys);
                await release.ExecuteNonQueryAsync();
            }
        }
    }
}
