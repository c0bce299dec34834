using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Features;

/// <summary>Runs an endpoint body for the signed-in user, or answers 401 when the account no longer exists.</summary>
public static class UserScope
{
    public static async Task<IResult> WithUser(HttpContext http, WorkflowDbContext db, Func<CurrentUser, Task<IResult>> body)
    {
        var user = await CurrentUser.LoadAsync(http.User, db, http.RequestAborted);
        return user is null
            ? new Failure(StatusCodes.Status401Unauthorized, "unauthenticated", "Sign in first.").ToProblem()
            : await body(user);
    }
}
