using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Signals when the host has read a given document with its attachments (the load at the start of an edit or upload).</summary>
public sealed class DocumentQueryProbe : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiting = new();

    /// <summary>Completes the next time a query loads this document together with its attachments (once: ask again for the load after).</summary>
    public Task LoadedWithAttachments(Guid documentId) =>
        _waiting.GetOrAdd(documentId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
    {
        if (command.CommandText.Contains("\"Attachments\"", StringComparison.Ordinal) && command.CommandText.Contains("FROM \"Documents\"", StringComparison.Ordinal))
        {
            foreach (DbParameter p in command.Parameters)
            {
                if (Guid.TryParse(p.Value?.ToString(), out var id) && _waiting.TryRemove(id, out var signal))
                    signal.TrySetResult();
            }
        }

        return base.ReaderExecutedAsync(command, eventData, result, ct);
    }
}
