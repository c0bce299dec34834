using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>
/// A person who must have a second factor and has none may only set one up (or sign out) until they do: a page sends
/// them to /account/second-factor, an API endpoint answers 403 second-factor-setup-required (ADR 31). The password
/// pages stay open so that the password gate, which runs first, is not sent in a circle.
/// </summary>
public static class SecondFactorGate
{
    public const string Page = "/account/second-factor";

    public static readonly Failure Required = new(StatusCodes.Status403Forbidden, "second-factor-setup-required",
        "Set up a second factor first: POST /api/auth/second-factor/setup, then /confirm with a code, then /api/auth/refresh for a token without this limit.");

    private static readonly PathString[] Open =
    [
        Page, "/account/logout", "/account/password", "/api/auth/second-factor/setup", "/api/auth/second-factor/confirm",
        "/api/auth/password", "/api/auth/logout", "/api/auth/refresh",
    ];

    public static IApplicationBuilder UseSecondFactorGate(this IApplicationBuilder app) =>
        app.UseAccountGate(AccountGateClaims.MustSetUpSecondFactor, Page, Required, Open);
}
