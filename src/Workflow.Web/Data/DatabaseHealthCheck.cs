using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflow.Web.Data;

/// <summary>
/// Whether the database answers, and which one it is: on PostgreSQL a server that is down or restarting makes the
/// service Unhealthy (503), so that a load balancer sends requests to no instance that cannot serve them.
/// </summary>
public sealed class DatabaseHealthCheck(WorkflowDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var provider = db.Database.IsSqlite() ? "SQLite" : "PostgreSQL";
        try
        {
            // A query, not CanConnect: a server that accepts connections while shutting down still refuses it.
            await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
            return HealthCheckResult.Healthy($"{provider} answers");
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
        {
            return HealthCheckResult.Unhealthy($"{provider} does not answer: {e.GetBaseException().Message}");
        }
    }
}
