using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// GET /health, answered as MapHealthChecks would (Healthy and Degraded 200, Unhealthy 503, never cached), but as an
/// endpoint of the API, so that the OpenAPI document lists it with both answers.
/// </summary>
public static class HealthEndpoint
{
    public static RouteHandlerBuilder MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (HttpContext http, HealthCheckService checks) =>
            {
                var report = await checks.CheckHealthAsync(http.RequestAborted);
                http.Response.Headers.CacheControl = "no-store, no-cache";
                http.Response.Headers.Pragma = "no-cache";
                http.Response.Headers.Expires = "Thu, 01 Jan 1970 00:00:00 GMT";
                var status = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
                return Results.Json(HealthResponse.For(http, report), statusCode: status);
            })
            .AllowAnonymous().WithTags("Operations").WithName("GetHealth")
            .Produces<HealthResponse.HealthView>()
            .Produces<HealthResponse.HealthView>(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Healthy, Degraded (still serving: e.g. the broker is away) or Unhealthy (503); each check's detail with X-Health-Key or as an administrator.");
}
