using Workflow.Core.Engine;

namespace Workflow.Core.Assignments;

/// <summary>
/// A person may act for a post during a period: as its holder, as acting holder by an order, or by delegation
/// from <paramref name="DelegatedBy"/> (the post's holder), limited to <paramref name="Routes"/> when given.
/// </summary>
/// <param name="Routes">The route ids a delegation is limited to; null for every route.</param>
public sealed record Assignment(
    string UserId,
    string Position,
    AssignmentKind Kind,
    AssignmentPeriod Period,
    string? OrderNumber = null,
    DateOnly? OrderDate = null,
    string? DelegatedBy = null,
    IReadOnlySet<string>? Routes = null)
{
    public Capacity Capacity => Kind switch
    {
        AssignmentKind.Holder => Capacity.Self,
        AssignmentKind.Acting => Capacity.Acting,
        AssignmentKind.Delegated => Capacity.Delegated,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown assignment kind."),
    };

    /// <summary>Whether the assignment applies on a route; a route-limited delegation applies to no route in general (null).</summary>
    public bool Covers(string? routeId) => Routes is null || (routeId is not null && Routes.Contains(routeId));
}
