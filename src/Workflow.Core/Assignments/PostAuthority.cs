using Workflow.Core.Engine;

namespace Workflow.Core.Assignments;

/// <summary>Which posts a person may act for, and in which capacity, at one instant and on one route.</summary>
public static class PostAuthority
{
    /// <summary>
    /// The actor from the assignments (accepted by <see cref="AssignmentRules"/>) valid on the instant's day in the
    /// organisation's time zone, without delegations limited to other routes; one entry per post.
    /// </summary>
    public static Actor ActorAt(string userId, IEnumerable<Assignment> assignments, string routeId, DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var day = AssignmentPeriod.DayIn(zone, instant);
        var held = assignments
            .Where(a => a.UserId == userId && a.Period.Contains(day) && a.Covers(routeId))
            .GroupBy(a => a.Position, StringComparer.Ordinal)
            .Select(Strongest)
            .OrderBy(a => a.Position, StringComparer.Ordinal)
            .Select(a => new HeldPosition(a.Position, a.Capacity, a.OrderNumber))
            .ToList();
        return new Actor(userId, held);
    }

    // Self over Acting over Delegated: holding the post is the person's own authority; acting carries the holder's
    // full authority but only by an order; a delegation is derived, revocable and may be limited to some routes.
    // The audit and the note must name the broadest authority the person really had. Among equals the latest
    // start wins (a newer order supersedes an older one); the order number only makes the choice repeatable.
    private static Assignment Strongest(IEnumerable<Assignment> forOnePost) =>
        forOnePost
            .OrderBy(a => a.Capacity)
            .ThenByDescending(a => a.Period.From)
            .ThenBy(a => a.OrderNumber, StringComparer.Ordinal)
            .First();
}
