using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// Per-connection SQLite settings: the synchronous level is not stored in the file, so set it on every open.
/// A connection SQLite could only open read-only (the file system was read-only at that moment) is kept out of the
/// pool: pooled, it would refuse every write long after the disk is writable again.
/// </summary>
public sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        // ClearPool marks every connection of the pool, this one included, to be closed for good when returned.
        if (connection is SqliteConnection sqlite && SQLitePCL.raw.sqlite3_db_readonly(sqlite.Handle, "main") == 1)
            SqliteConnection.ClearPool(sqlite);
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous={synchronous.ToUpperInvariant()}; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
