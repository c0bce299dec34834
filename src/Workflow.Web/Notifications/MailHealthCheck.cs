using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

namespace Workflow.Web.Notifications;

/// <summary>Reports the mail backlog: how many mails wait and for how long the oldest has. Degraded after an hour (SMTP down).</summary>
public sealed class MailHealthCheck(WorkflowDbContext db, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan DegradedAfter = TimeSpan.FromHours(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        BacklogHealth.ReportAsync(db.MailOutbox.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.Id).Select(m => m.CreatedAt),
            clock.GetUtcNow(), DegradedAfter, "mails wait to be sent", ct);
}
