using Workflow.Core.Engine;

namespace Workflow.Core.Reports;

/// <summary>
/// Who may see where memos wait (the time-in-post page): whoever holds, acts for or is delegated a post given that
/// right, such as the clerk and the mayor. Being an administrator is not enough: to anyone else the page does not exist.
/// </summary>
public static class TimeInPostViewers
{
    public static bool MaySee(Actor? actor, Func<string, bool> postMaySeeTimeInPost)
    {
        ArgumentNullException.ThrowIfNull(postMaySeeTimeInPost);
        return actor is not null && actor.Positions.Any(p => postMaySeeTimeInPost(p.Position));
    }
}
