using System.Text.Json.Serialization;
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
    public sealed record HealthView(
        string Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, HealthCheckView>? Checks);

    public sealed record HealthCheckView(string Status, string? Description, IReadOnlyDictionary<string, object> Data);

    public static HealthView For(HttpContext http, HealthReport report) => new(
        report.Status.ToString(),
        HealthDetail.Allowed(http)
            ? report.Entries.ToDictionary(e => e.Key, e => new HealthCheckView(e.Value.Status.ToString(), e.Value.Description, e.Value.Data))
            : null);
}
