using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>
/// A person with a temporary password may only change it (or sign out) until they do: a page sends them to
/// /account/password, an API endpoint answers 403 password-change-required.
/// </summary>
public static class PasswordChangeGate
{
    public static readonly Failure Required = new(StatusCodes.Status403Forbidden, "password-change-required",
        "Change the temporary password first: POST /api/auth/password (only it, /api/auth/logout and /api/auth/refresh answer until then).");

    private static readonly PathString[] Open = ["/account/password", "/account/logout", "/api/auth/password", "/api/auth/logout", "/api/auth/refresh"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.UseAccountGate(AccountGateClaims.MustChangePassword, "/account/password", Required, Open);
}
