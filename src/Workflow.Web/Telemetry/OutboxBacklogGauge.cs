using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Web.Telemetry;

/// <summary>
/// The outbox backlog, read from the database when a scrape asks (two indexed queries on (SentAt, Id)), and kept for a
/// second so that the two gauges of one scrape, or scrapers that come together, read it once.
/// </summary>
public sealed class OutboxBacklogGauge(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxBacklogGauge> log)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private (DateTimeOffset At, OutboxBacklog Value)? _last;

    /// <summary>Null when the database cannot answer: the scrape then shows no backlog value rather than a wrong one.</summary>
    public OutboxBacklog? Read()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_last is { } last && now - last.At < Fresh)
                return last.Value;
            try
            {
                var value = Query(now);
                _last = (now, value);
                return value;
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
            {
                log.LogWarning("The outbox backlog could not be read for the metrics: {Reason}", e.Message);
                return null;
            }
        }
    }

    // Observable instruments are read synchronously by the exporter: this is a synchronous query on purpose.
    private OutboxBacklog Query(DateTimeOffset now)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var unsent = db.Outbox.AsNoTracking().Where(o => o.SentAt == null);
        var count = unsent.Count();
        var oldest = unsent.OrderBy(o => o.Id).Select(o => (DateTimeOffset?)o.CreatedAt).FirstOrDefault();
        return new OutboxBacklog(count, oldest is null ? TimeSpan.Zero : now - oldest.Value);
    }
}
