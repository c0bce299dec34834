using Workflow.Core.Assignments;
using Workflow.Core.Engine;
using Workflow.Core.Routes;

namespace Workflow.Web.Application;

/// <summary>
/// The signed-in person with the assignments valid today: <see cref="Actor"/> holds every post they may act for on
/// any route; <see cref="ActorFor"/> adds delegations limited to one route.
/// </summary>
public sealed record CurrentUser(string Id, string DisplayName, string PersonalTitle, string? DepartmentKey, Actor Actor,
    IReadOnlyList<Assignment> Assignments, DateTimeOffset At, TimeZoneInfo Zone)
{
    public IEnumerable<string> PositionKeys => Actor.Positions.Select(p => p.Position);

    /// <summary>The posts this person may act for on <paramref name="routeId"/>, at the moment the user was loaded.</summary>
    public Actor ActorFor(string routeId) => PostAuthority.ActorAt(Id, Assignments, routeId, At, Zone);

    /// <summary>Posts this person may act for only on some routes (route-limited delegations), with those routes.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> RouteLimitedPosts => PostAuthority.RouteLimitedAt(Id, Assignments, At, Zone);

    public bool CanStart(RouteDefinition route) => route.CanBeStartedBy(ActorFor(route.Id).Positions.Select(p => p.Position));
}
