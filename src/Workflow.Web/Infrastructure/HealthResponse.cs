using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflow.Web.Infrastructure;

/// <summary>/health as JSON: overall status and each check with its data (broker, database, outbox backlog).</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
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
