using Microsoft.AspNetCore.Identity;

namespace Workflow.Web.Features;

/// <summary>
/// The JSON API accepts bearer tokens only. Cookies belong to the browser pages, which carry anti-forgery
/// tokens; keeping cookies off the API means no cross-site request can ride on a signed-in browser.
/// </summary>
public static class ApiPolicy
{
    public const string Name = "api";

    public static IServiceCollection AddApiPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Name, p => p
            .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireAuthenticatedUser());
        return services;
    }
}
