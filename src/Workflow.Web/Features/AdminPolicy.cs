using Microsoft.AspNetCore.Identity;
using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>
/// The administration API: bearer tokens only, as the rest of the API, and the Administrator role. Holding a post
/// gives no right here. A signed-in non-administrator gets 403: the URLs are fixed and documented, so it reveals nothing.
/// </summary>
public static class AdminPolicy
{
    public const string Name = "admin";

    public const string Prefix = "/api/admin";

    public static IServiceCollection AddAdminPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Name, p => p
            .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireAuthenticatedUser()
            .RequireRole(AppRoles.Administrator));
        return services;
    }

    /// <summary>The group every /api/admin endpoint is mapped in, so none can be mapped outside the gate (nor undocumented: 401, 403).</summary>
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app) =>
        app.MapGroup(Prefix).RequireAuthorization(Name).WithTags("Administration").ProducesAdminProblems();
}
