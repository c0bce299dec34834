using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;
using Workflow.Web.Telemetry;

namespace Workflow.Web.Messaging;

/// <summary>
/// Publishes outbox rows through MassTransit, marking each sent only after the transport accepted it (publisher
/// confirms on RabbitMQ). Each document's events go out one after another in id order; different documents' events
/// go out side by side, so a batch waits for its confirms together rather than one round trip per row. Woken right
/// after each commit; also looks every few seconds for rows left by a crash. On failure a document's events stop at
/// the failed row (keeping that document's order) and the dispatcher retries with back-off. Nothing is published
/// before the bus and its receive endpoints are up: a fresh broker drops events sent before the consumers' queues
/// are bound to their exchanges, and the in-memory bus drops them too.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IBusControl bus,
    TimeProvider clock,
    ILogger<OutboxDispatcher> log) : BackgroundService
{
    private static readonly TimeSpan IdleLook = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, stop);
        var backoff = TimeSpan.Zero;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stop) > 0)
                {
                }

                backoff = TimeSpan.Zero;
                await signal.WaitAsync(IdleLook, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                log.LogWarning(e, "Outbox dispatch failed; retrying in {Backoff}", backoff);
                await Task.Delay(backoff, clock, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Publishes up to one batch; returns how many rows were sent.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var rows = await db.Outbox.AsNoTracking().Where(o => o.SentAt == null).OrderBy(o => o.Id).Take(100).ToListAsync(ct);
        var sent = new List<long>(rows.Count);
        var failed = new List<(OutboxMessage Row, Exception Error)>();
        await Task.WhenAll(rows.GroupBy(r => r.DocumentId).Select(async events =>
        {
            foreach (var row in events)
            {
                try
                {
                    using var span = WorkflowTracing.StartPublishing(row);
                    var message = OutboxWriter.Deserialize(row);
                    // While the broker is away a publish may wait for the connection: bound it, then back off.
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    timeout.CancelAfter(PublishTimeout);
                    await bus.Publish(message, message.GetType(), ctx => ctx.MessageId = row.MessageId, timeout.Token);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    lock (failed)
                        failed.Add((row, e));
                    return;
                }

                lock (sent)
                    sent.Add(row.Id);
            }
        }));

        if (failed.Count > 0)
        {
            using (await SqliteWriteGate.EnterAsync(db, CancellationToken.None))
            {
                await MarkSentAsync(db, sent);
                foreach (var (row, e) in failed)
                {
                    var error = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                    await db.Outbox.Where(o => o.Id == row.Id).ExecuteUpdateAsync(s => s
                        .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                        .SetProperty(o => o.LastError, error), CancellationToken.None);
                }
            }

            ExceptionDispatchInfo.Throw(failed[0].Error);
        }

        // Marked sent only after the publish returned: a crash in between re-sends the row (at least once, never lost).
        // One UPDATE for the whole batch, in its turn at the write gate.
        using (await SqliteWriteGate.EnterAsync(db, CancellationToken.None))
            await MarkSentAsync(db, sent);
        return sent.Count;
    }

    private Task MarkSentAsync(WorkflowDbContext db, List<long> ids)
    {
        var now = clock.GetUtcNow();
        return ids.Count == 0 ? Task.CompletedTask : db.Outbox.Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.SentAt, now)
            .SetProperty(o => o.Attempts, o => o.Attempts + 1), CancellationToken.None);
    }
}
