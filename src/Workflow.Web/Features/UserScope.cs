using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>Runs an endpoint body for the signed-in user, or answers 401 when the account no longer exists or is deactivated.</summary>
public static class UserScope
{
    public static async Task<IResult> WithUser(HttpContext http, Func<CurrentUser, Task<IResult>> body)
    {
        var user = await http.RequestServices.GetRequiredService<SignedInUser>().GetAsync();
        return user is null
            ? new Failure(StatusCodes.Status401Unauthorized, "unauthenticated", "Sign in first.").ToProblem()
            : await body(user);
    }
}
