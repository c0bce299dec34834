using Microsoft.AspNetCore.Authorization;
using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>
/// A person with a temporary password may only change it (or sign out) until they do: a page sends them to
/// /account/password, an API endpoint answers 403 password-change-required. Runs after authorization, when the
/// request's user is the one its endpoint's policy authenticated (cookie for pages, bearer token for the API).
/// </summary>
public static class PasswordChangeGate
{
    public static readonly Failure Required = new(StatusCodes.Status403Forbidden, "password-change-required",
        "Change the temporary password first: POST /api/auth/password (only it, /api/auth/logout and /api/auth/refresh answer until then).");

    private static readonly PathString[] Open = ["/account/password", "/account/logout", "/api/auth/password", "/api/auth/logout", "/api/auth/refresh"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!MustChange(http))
        {
            await next(http);
            return;
        }

        if (http.Request.Path.StartsWithSegments("/api"))
            await Required.ToProblem().ExecuteAsync(http);
        else
            http.Response.Redirect("/account/password");
    });

    private static bool MustChange(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null)
            return false;
        if (!http.User.HasClaim(c => c.Type == PasswordChangeClaims.Type))
            return false;
        return !Open.Any(p => http.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));
    }
}
