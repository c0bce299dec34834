using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Web.Tests.Classes;

/// <summary>Keeps the inbox queries the host sends (they order by urgency), so a test can ask SQLite how it runs them.</summary>
public sealed class InboxCommands : DbCommandInterceptor
{
    public sealed record Sent(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    private readonly ConcurrentQueue<Sent> _sent = new();

    public IReadOnlyCollection<Sent> All => _sent;

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
    {
        if (command.CommandText.Contains("ORDER BY \"d\".\"Urgency\" DESC", StringComparison.Ordinal))
            _sent.Enqueue(new Sent(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        return base.ReaderExecutedAsync(command, eventData, result, ct);
    }
}
