using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Web.Infrastructure;

/// <summary>Per-connection SQLite settings: the synchronous level is not stored in the file, so set it on every open.</summary>
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
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous={synchronous.ToUpperInvariant()}; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
