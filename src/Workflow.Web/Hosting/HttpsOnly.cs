using Microsoft.Extensions.Options;
using Workflow.Web.Application;
using Workflow.Web.Options;

namespace Workflow.Web.Hosting;

/// <summary>
/// Outside Development a request that did not arrive over HTTPS (directly, or through a known proxy saying so) is not
/// served: GET and HEAD are redirected (308) to the same path on App:PublicBaseUrl; anything else is refused with 400,
/// since redirecting a form post would have it sent twice, once in clear. /health and /metrics stay reachable for local probes.
/// </summary>
public sealed class HttpsOnly(RequestDelegate next, IOptions<AppOptions> options)
{
    public static readonly Failure Required = new(StatusCodes.Status400BadRequest, "https-required",
        "This service is served over HTTPS only: use its https:// address.");

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        // A scraper inside the proxy's network reads each instance on its own, as a probe does (ADR 32).
        if (request.IsHttps || request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/metrics"))
            return next(http);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            var target = new Uri(options.Value.PublicBase!, request.PathBase + request.Path + request.QueryString);
            http.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            http.Response.Headers.Location = target.AbsoluteUri;
            return Task.CompletedTask;
        }

        return Required.ToProblem().ExecuteAsync(http);
    }
}
