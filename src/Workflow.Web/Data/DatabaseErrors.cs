using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Workflow.Web.Data;

/// <summary>What a provider's error means, for the few places that act on it (ADR 33).</summary>
public static class DatabaseErrors
{
    // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_READONLY 8, SQLITE_IOERR 10, SQLITE_FULL 13, SQLITE_CANTOPEN 14
    private static readonly HashSet<int> SqliteStorageErrors = [5, 6, 8, 10, 13, 14];

    /// <summary>A unique or primary key constraint refused the write: someone else wrote the same key first.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19, // SQLITE_CONSTRAINT (unique, primary key; also check, not null)
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>Only a duplicate primary key or unique key, not another constraint (SQLite's extended codes tell them apart).</summary>
    public static bool IsDuplicateKey(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is 1555 or 2067, // SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>
    /// The database could not be reached or could not write at all (server down, connection refused, disk full,
    /// read-only file system): the request is answered 503 with Retry-After, and nothing was changed.
    /// </summary>
    public static bool IsUnavailable(Exception e)
    {
        // EF Core wraps the provider's exception (DbUpdateException, or InvalidOperationException for a transient failure).
        for (var x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case SqliteException s:
                    return SqliteStorageErrors.Contains(s.SqliteErrorCode);
                case PostgresException p:
                    return p.IsTransient || p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case NpgsqlException n:
                    return n.IsTransient;
            }
        }

        return false;
    }
}
