using Workflow.Core.Reports;
using Workflow.Web.Application;

namespace Workflow.Web.Reports;

/// <summary>Whether the person of this request may see the time-in-post page (rule: Core's <see cref="TimeInPostViewers"/>).</summary>
public sealed class TimeInPostAccess(SignedInUser signedIn, PostTitles posts)
{
    public async Task<bool> MaySeeAsync() => TimeInPostViewers.MaySee((await signedIn.GetAsync())?.Actor, posts.MaySeeTimeInPost);
}
