using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin;

/// <summary>What every administration page shares: the administrator acting, and one change made as them.</summary>
public abstract class AdminPageModel : MemoPageModel
{
    /// <summary>The signed-in administrator as the admin audit names them, or null when the account is gone.</summary>
    protected async Task<AdminActor?> ActorAsync() => await Me.GetAsync() is { } user ? AdminActor.Of(user) : null;

    /// <summary>Makes the change as the signed-in administrator: where <paramref name="done"/> says when it succeeds, its refusal on the page when not.</summary>
    protected async Task<IActionResult> ChangeAsync<T>(Func<AdminActor, Task<Outcome<T>>> change, Func<T, IActionResult> done)
    {
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        var changed = await change(by);
        return changed.Succeeded ? done(changed.Value) : Fail(changed.Failure);
    }
}
