using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;
using Workflow.Web.Options;

namespace Workflow.Web.Public;

/// <summary>Degraded while a signed memo has waited for its publication longer than the setting (e.g. no valid seal).</summary>
public sealed class WaitingPublicationsHealthCheck(WorkflowDbContext db, IOptions<PublicationOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        BacklogHealth.ReportAsync(WaitingPublications.In(db).OrderBy(d => d.UpdatedAt).Select(d => d.UpdatedAt),
            clock.GetUtcNow(), options.Value.WaitingDegradedAfter, "signed memos wait to be published", ct);
}
