using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Infrastructure;

/// <summary>Reports the outbox backlog: Degraded when the oldest unsent event is older than the configured limit.</summary>
public sealed class OutboxHealthCheck(WorkflowDbContext db, IOptions<MessagingOptions> options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var unsent = db.Outbox.AsNoTracking().Where(o => o.SentAt == null);
        var count = await unsent.CountAsync(ct);
        var oldest = await unsent.OrderBy(o => o.Id).Select(o => (DateTimeOffset?)o.CreatedAt).FirstOrDefaultAsync(ct);
        var age = oldest is null ? TimeSpan.Zero : clock.GetUtcNow() - oldest.Value;
        var data = new Dictionary<string, object> { ["unsent"] = count, ["oldestAgeSeconds"] = Math.Round(age.TotalSeconds, 1) };
        return age > options.Value.OutboxDegradedAfter
            ? HealthCheckResult.Degraded($"{count} events wait to be published; the oldest for {age.TotalSeconds:0} s.", data: data)
            : HealthCheckResult.Healthy($"{count} events wait to be published.", data);
    }
}
