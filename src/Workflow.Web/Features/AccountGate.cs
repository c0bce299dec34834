using Microsoft.AspNetCore.Authorization;
using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>
/// A person whose token or cookie carries <c>claim</c> may use only the open paths until they do what it asks: a
/// page sends them to its page, an API endpoint answers the failure. Runs after authorization, when the request's
/// user is the one its endpoint's policy authenticated (cookie for pages, bearer token for the API); anonymous
/// endpoints (sign-in, language, public site) and static files have no policy and pass.
/// </summary>
public static class AccountGate
{
    public static IApplicationBuilder UseAccountGate(this IApplicationBuilder app, string claim, string page, Failure failure,
        IReadOnlyList<PathString> open) => app.Use(async (http, next) =>
    {
        if (!Applies(http, claim, open))
        {
            await next(http);
            return;
        }

        if (http.Request.Path.StartsWithSegments("/api"))
            await failure.ToProblem().ExecuteAsync(http);
        else
            http.Response.Redirect(page);
    });

    private static bool Applies(HttpContext http, string claim, IReadOnlyList<PathString> open)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null)
            return false;
        if (!http.User.HasClaim(c => c.Type == claim))
            return false;
        return !open.Any(p => http.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));
    }
}
