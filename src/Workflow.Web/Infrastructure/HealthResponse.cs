using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Web.Hosting;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// /health as JSON: the overall status for anyone (a load balancer needs no more); each check with its data (broker,
/// database, outbox backlog) only for those <see cref="HealthDetail"/> allows, since queue names and backlogs tell
/// an outsider how the service is built and how busy it is.
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        if (!HealthDetail.Allowed(http))
            return JsonSerializer.SerializeAsync(http.Response.Body, new { status = report.Status.ToString() }, cancellationToken: http.RequestAborted);
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, cancellationToken: http.RequestAborted);
    }
}
