using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflow.Web.Infrastructure;

/// <summary>A backlog of rows waiting to be sent (events, mails): how many and how old the oldest, Degraded past a limit.</summary>
public static class BacklogHealth
{
    /// <param name="waitingSince">When each unsent row was written, in the order they were written.</param>
    public static async Task<HealthCheckResult> ReportAsync(IQueryable<DateTimeOffset> waitingSince, DateTimeOffset now, TimeSpan degradedAfter,
        string what, CancellationToken ct)
    {
        var count = await waitingSince.CountAsync(ct);
        var oldest = await waitingSince.Select(t => (DateTimeOffset?)t).FirstOrDefaultAsync(ct);
        var age = oldest is null ? TimeSpan.Zero : now - oldest.Value;
        var data = new Dictionary<string, object> { ["unsent"] = count, ["oldestAgeSeconds"] = Math.Round(age.TotalSeconds, 1) };
        return age > degradedAfter
            ? HealthCheckResult.Degraded($"{count} {what}; the oldest for {age.TotalSeconds:0} s.", data: data)
            : HealthCheckResult.Healthy($"{count} {what}.", data);
    }
}
