using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;

namespace Workflow.Bench;

public sealed record PostgresCeilingResult(string Settings, double ActionTxPerSecond, LatencyStats ActionTx, int Connections, double ConcurrentActionTxPerSecond);

/// <summary>
/// What the PostgreSQL server allows with nothing else in the way, on the server the service used (same settings:
/// the server's defaults, so fsync and synchronous_commit on, as an installation runs), in a database of its own: the action-shaped transaction (the document UPDATE with its version check, an audit
/// INSERT, an outbox INSERT), one connection at a time, and on several connections at once on different documents,
/// since PostgreSQL, unlike SQLite, lets writers run side by side.
/// </summary>
public static class PostgresCeiling
{
    private const int Documents = 10_000;

    public const string Settings = "server defaults: fsync, synchronous_commit on";

    public static async Task<PostgresCeilingResult> MeasureAsync(PostgresNode node, TimeSpan duration, int connections, CancellationToken ct)
    {
        await using var source = NpgsqlDataSource.Create(await node.CreateDatabaseAsync(ct));
        await using (var db = await source.OpenConnectionAsync(ct))
        {
            await Exec(db, PostgresCeilingSchema.Tables, ct);
            await Exec(db, PostgresCeilingSchema.Prepopulate(Documents), ct);
        }

        var ids = await IdsAsync(source, ct);
        var versions = new int[ids.Length];
        var (sequential, latencies) = await RunAsync(source, 1, duration, ids, versions, ct);
        var (concurrent, _) = await RunAsync(source, connections, duration, ids, versions, ct);
        return new PostgresCeilingResult(Settings, sequential, latencies, connections, concurrent);
    }

    /// <summary>Each connection takes its own slice of the documents, so the version checks never race.</summary>
    private static async Task<(double PerSecond, LatencyStats Latency)> RunAsync(NpgsqlDataSource source, int connections, TimeSpan duration,
        Guid[] ids, int[] versions, CancellationToken ct)
    {
        var samples = new ConcurrentBag<double>();
        var count = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            await using var db = await source.OpenConnectionAsync(ct);
            await using var action = new PostgresActionTransaction(db);
            var slice = ids.Length / connections;
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var d = c + i % slice * connections;
                var started = Stopwatch.GetTimestamp();
                await action.RunAsync(ids[d], versions[d], Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i * connections + c))), i, ct);
                versions[d]++;
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref count);
            }
        }, ct)));
        return (Math.Round(count / clock.Elapsed.TotalSeconds, 0), LatencyStats.Of([.. samples]));
    }

    private static async Task<Guid[]> IdsAsync(NpgsqlDataSource source, CancellationToken ct)
    {
        await using var c = source.CreateCommand("""SELECT "Id" FROM "Documents" ORDER BY "Id" """);
        await using var r = await c.ExecuteReaderAsync(ct);
        var ids = new List<Guid>(Documents);
        while (await r.ReadAsync(ct))
            ids.Add(r.GetGuid(0));
        return [.. ids];
    }

    private static async Task Exec(NpgsqlConnection db, string sql, CancellationToken ct)
    {
        await using var c = new NpgsqlCommand(sql, db);
        await c.ExecuteNonQueryAsync(ct);
    }
}
