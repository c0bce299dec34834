using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Infrastructure;

/// <summary>Reports the outbox backlog: Degraded when the oldest unsent event is older than the configured limit.</summary>
public sealed class OutboxHealthCheck(WorkflowDbContext db, IOptions<MessagingOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        BacklogHealth.ReportAsync(db.Outbox.AsNoTracking().Where(o => o.SentAt == null).OrderBy(o => o.Id).Select(o => o.CreatedAt),
            clock.GetUtcNow(), options.Value.OutboxDegradedAfter, "events wait to be published", ct);
}
