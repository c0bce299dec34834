using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Workflow.Web.Features;

/// <summary>
/// The cookie's counterpart of <see cref="BearerSessionCheck"/>: a cookie whose security stamp is no longer the
/// person's is refused on its next request, not only at Identity's next revalidation a minute later. So a
/// deactivated person (or one given a temporary password) is signed out at once in this process.
/// </summary>
public static class CookieSessionCheck
{
    public static IServiceCollection AddCookieSessionCheck(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure(o =>
        {
            var identity = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (!await IsCurrentAsync(context))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await identity(context);
            };
        });
        return services;
    }

    private static Task<bool> IsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        return userId is null || stamp is null ? Task.FromResult(false) : BearerSessionCheck.IsCurrentAsync(http, userId, stamp);
    }
}
