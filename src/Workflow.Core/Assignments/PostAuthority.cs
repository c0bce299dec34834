using Workflow.Core.Engine;

namespace Workflow.Core.Assignments;

/// <summary>Which posts a person may act for, and in which capacity, at one instant and on one route.</summary>
public static class PostAuthority
{
    /// <summary>
    /// The actor from the assignments (accepted by <see cref="AssignmentRules"/>) valid on the instant's day in the
    /// organisation's time zone, without delegations limited to other routes (to any route, when
    /// <paramref name="routeId"/> is null); one entry per post.
    /// </summary>
    public static Actor ActorAt(string userId, IEnumerable<Assignment> assignments, string? routeId, DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var day = AssignmentPeriod.DayIn(zone, instant);
        var held = assignments
            .Where(a => a.UserId == userId && a.Period.Contains(day) && a.Covers(routeId))
            .GroupBy(a => a.Position, StringComparer.Ordinal)
            .Select(Strongest)
            .OrderBy(a => a.Position, StringComparer.Ordinal)
            // A holder acts by the post itself; only acting and delegation are by an order the note and the audit cite.
            .Select(a => new HeldPosition(a.Position, a.Capacity, a.Kind == AssignmentKind.Holder ? null : a.OrderNumber))
            .ToList();
        return new Actor(userId, held);
    }

    /// <summary>
    /// The posts a person may act for at the instant only on some routes (delegations limited to routes), each with
    /// those routes; a post they may act for on every route is left out, as <see cref="ActorAt"/> with no route has it.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> RouteLimitedAt(string userId, IEnumerable<Assignment> assignments,
        DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var day = AssignmentPeriod.DayIn(zone, instant);
        var valid = assignments.Where(a => a.UserId == userId && a.Period.Contains(day)).ToList();
        var everywhere = valid.Where(a => a.Routes is null).Select(a => a.Position).ToHashSet(StringComparer.Ordinal);
        return valid
            .Where(a => a.Routes is not null && !everywhere.Contains(a.Position))
            .GroupBy(a => a.Position, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.SelectMany(a => a.Routes!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
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
