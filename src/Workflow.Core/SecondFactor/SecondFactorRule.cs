using Workflow.Core.Engine;
using Workflow.Core.Routes;

namespace Workflow.Core.SecondFactor;

/// <summary>Who must have a second factor, and whether the last one is fresh enough for a signature.</summary>
public static class SecondFactorRule
{
    /// <summary>
    /// Whether the actor (every post held, acted or delegated, from <see cref="Assignments.PostAuthority.ActorAt"/>
    /// with no route) must have a second factor, given the loaded routes.
    /// </summary>
    public static bool IsRequired(SecondFactorScope scope, Actor actor, IEnumerable<RouteDefinition> routes)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(routes);
        if (scope == SecondFactorScope.None || actor.Positions.Count == 0)
            return false;
        var posts = actor.Positions.Select(p => p.Position).ToHashSet(StringComparer.Ordinal);
        // A delegated deputy signs with the same authority as the holder, so the same proof is asked of them.
        return routes.SelectMany(r => r.Steps)
            .Any(s => posts.Contains(s.Position) && (scope == SecondFactorScope.Approvers || s.Kind == StepKind.Sign));
    }

    /// <summary>
    /// Whether a second factor accepted at <paramref name="acceptedAt"/> still confirms a signature at
    /// <paramref name="now"/>: within the step-up window, and not from the future (a clock set back proves nothing).
    /// </summary>
    public static bool IsFresh(DateTimeOffset? acceptedAt, DateTimeOffset now, TimeSpan window) =>
        acceptedAt is { } at && at <= now && now - at <= window;
}
