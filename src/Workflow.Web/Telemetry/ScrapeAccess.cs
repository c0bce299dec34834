using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Workflow.Web.Application;

namespace Workflow.Web.Telemetry;

/// <summary>
/// Who reads /metrics (ADR 32): anyone in Development; elsewhere an administrator, or a scraper sending
/// "Authorization: Bearer &lt;Telemetry:ScrapeToken&gt;". Anyone else gets 401 and no figures.
/// </summary>
public sealed class ScrapeAccess(RequestDelegate next, IOptions<TelemetryOptions> options, IHostEnvironment environment)
{
    private const string Scheme = "Bearer ";

    public Task InvokeAsync(HttpContext http)
    {
        if (environment.IsDevelopment() || http.User.IsInRole(AppRoles.Administrator) || HasToken(http, options.Value.ScrapeToken))
            return next(http);
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
        http.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }

    private static bool HasToken(HttpContext http, string? token)
    {
        if (string.IsNullOrEmpty(token) || http.Request.Headers.Authorization is not [{ } header]
            || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
