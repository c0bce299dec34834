using Workflow.Core.Numbering;

namespace Workflow.Web.Application;

/// <summary>Whether the person of this request may read the register book (rule: Core's <see cref="RegisterReaders"/>).</summary>
public sealed class RegisterAccess(IHttpContextAccessor accessor, SignedInUser signedIn, PostTitles posts)
{
    public async Task<bool> MayReadAsync()
    {
        var user = await signedIn.GetAsync();
        var principal = accessor.HttpContext?.User;
        return user is not null && RegisterReaders.MayRead(principal?.IsInRole(AppRoles.Administrator) == true, user.Actor, posts.MayReadRegister);
    }
}
