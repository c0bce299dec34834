using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// Per-connection SQLite settings: the synchronous level is not stored in the file, so set it on each new connection.
/// A connection SQLite could only open read-only (the file system was read-only at that moment) is kept out of the
/// pool: pooled, it would refuse every write long after the disk is writable again.
/// </summary>
public sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    // A pooled connection keeps its native handle, and the handle keeps its settings: set them once per handle,
    // not on every open (EF Core opens the connection for each query, so that was one more statement per query).
    private static readonly ConditionalWeakTable<object, object> Applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && Applied.TryGetValue(handle, out _))
            return;
        // A new handle: ClearPool marks every connection of the pool, this one included, to be closed for good when returned.
        if (connection is SqliteConnection { Handle: { } fresh } sqlite && SQLitePCL.raw.sqlite3_db_readonly(fresh, "main") == 1)
            SqliteConnection.ClearPool(sqlite);
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous={synchronous.ToUpperInvariant()}; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
        if (connection is SqliteConnection { Handle: { } opened })
            Applied.AddOrUpdate(opened, synchronous);
    }
}
