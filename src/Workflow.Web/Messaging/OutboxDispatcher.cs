using MassTransit;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Telemetry;

namespace Workflow.Web.Messaging;

/// <summary>
/// Publishes outbox rows through MassTransit, marking each sent only after the transport accepted it (publisher
/// confirms on RabbitMQ). Rows are taken by claims on whole documents (<see cref="OutboxClaims"/>), so with several
/// instances each row is published by one at a time and each document's events go out one after another in id order;
/// different documents' events go out side by side, so a batch waits for its confirms together rather than one round
/// trip per row. Woken right after each commit; also looks every few seconds for rows left by a crash or a lapsed
/// lease. On failure a document's events stop at the failed row, which is retried later and later (keeping that
/// document's order) while other documents go on. Nothing is published before the bus and its receive endpoints are
/// up: a fresh broker drops events sent before the consumers' queues are bound to their exchanges, and the in-memory
/// bus drops them too.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxClaims claims,
    IBusControl bus,
    TimeProvider clock,
    ILogger<OutboxDispatcher> log) : BackgroundService
{
    private static readonly TimeSpan IdleLook = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one publish may take before its row counts as failed. Enforced by waiting rather than only by the
    /// publish's token: after a broker restart a publish can sit on a channel that never confirms and never looks at
    /// its token, and one such publish held the whole loop (every document after it) until the process restarted.
    /// </summary>
    internal TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Documents claimed at once; their rows are published side by side, each document's in order.</summary>
    private const int DocumentsPerBatch = 50;

    /// <summary>From this many failures a row is logged as an error: it fails every time, and its document waits.</summary>
    private const int PoisonAttempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, stop);
        await ReleaseOrphansAsync(stop);
        var backoff = TimeSpan.Zero;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                // Again at once only while there may be more: a full claim, or rows given back. Otherwise the next
                // commit's wake-up (kept by the signal if it came during the batch) or the idle look brings it here.
                while ((await DispatchAsync(stop)).More)
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

    private async Task ReleaseOrphansAsync(CancellationToken stop)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await claims.ReleaseOrphansAsync(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>(), stop);
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            // Only a speed-up: the leases lapse by themselves.
            log.LogWarning(e, "Outbox claims of an earlier run could not be released; they lapse with their lease");
        }
    }

    /// <summary>Claims up to a batch of documents, publishes their rows and settles the claim; returns how many rows were sent.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct) => (await DispatchAsync(ct)).Sent;

    private async Task<(int Sent, bool More)> DispatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var token = Guid.NewGuid();
        var rows = await claims.ClaimAsync(db, token, DocumentsPerBatch, ct);
        if (rows.Count == 0)
            return (0, false);
        var publishUntil = clock.GetUtcNow() + OutboxClaims.Lease / 2;
        var documents = rows.GroupBy(r => r.DocumentId).ToList();
        var outcomes = await Task.WhenAll(documents.Select(events => PublishInOrderAsync([.. events], publishUntil, ct)));
        var sent = await SettleAsync(db, token, outcomes, rows.Count);
        return (sent, documents.Count >= DocumentsPerBatch || sent < rows.Count);
    }

    /// <summary>
    /// One document's rows, one after another; stops at a failure (keeping the order) or when the lease runs short, so
    /// that no row goes out after another instance could have taken the claim over.
    /// </summary>
    private async Task<DocumentOutcome> PublishInOrderAsync(List<OutboxMessage> events, DateTimeOffset publishUntil, CancellationToken ct)
    {
        var sent = new List<long>(events.Count);
        foreach (var row in events)
        {
            if (clock.GetUtcNow() > publishUntil)
                break;
            try
            {
                await PublishAsync(row, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopping: what went out is still marked and the rest given back, so another instance goes on at once.
                break;
            }
            catch (Exception e)
            {
                return new DocumentOutcome(sent, (row, e));
            }

            sent.Add(row.Id);
        }

        return new DocumentOutcome(sent, null);
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken ct)
    {
        using var span = WorkflowTracing.StartPublishing(row);
        var message = OutboxWriter.Deserialize(row);
        // While the broker is away a publish may wait for the connection: bound it, then back off. The token asks the
        // publish to give up; the wait makes sure the loop goes on even when it does not. A publish left behind that
        // completes later is a duplicate at worst, which consumers drop by MessageId (at-least-once, ADR 0002).
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PublishTimeout);
        try
        {
            await bus.Publish(message, message.GetType(), ctx => ctx.MessageId = row.MessageId, timeout.Token)
                .WaitAsync(PublishTimeout, clock, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The bus did not take the message within {PublishTimeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>Marks what went out (one UPDATE for the batch), backs off the failed rows, and gives back the rest.</summary>
    private async Task<int> SettleAsync(WorkflowDbContext db, Guid token, DocumentOutcome[] outcomes, int claimed)
    {
        var sent = outcomes.SelectMany(o => o.Sent).ToList();
        await claims.MarkSentAsync(db, token, sent);
        foreach (var (row, error) in outcomes.Where(o => o.Failed is not null).Select(o => o.Failed!.Value))
        {
            var attempts = await claims.MarkFailedAsync(db, token, row, error);
            log.Log(attempts >= PoisonAttempts ? LogLevel.Error : LogLevel.Warning, error,
                "Outbox row {Id} ({Type}) of document {DocumentId} failed {Attempts} times; its document waits {Delay} before it is tried again",
                row.Id, row.Type, row.DocumentId, attempts, OutboxClaims.RetryDelay(attempts));
        }

        // Marking a row sent or failed ends its claim; only rows neither published nor failed are left to give back.
        if (sent.Count + outcomes.Count(o => o.Failed is not null) < claimed)
            await claims.ReleaseAsync(db, token);
        return sent.Count;
    }

    private sealed record DocumentOutcome(List<long> Sent, (OutboxMessage Row, Exception Error)? Failed);
}
