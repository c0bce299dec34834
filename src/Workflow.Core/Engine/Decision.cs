namespace Workflow.Core.Engine;

/// <summary>
/// What the engine allowed: the new state, the post acted for and in what capacity, and the post the
/// document now waits for (null when final or back with the author).
/// </summary>
/// <param name="OrderNumber">The order (คำสั่งที่ …) the acting or delegated person acted by, if any.</param>
public sealed record Decision(
    ActionKind Action,
    RouteState NewState,
    string ActedFor,
    Capacity Capacity,
    string? NextPosition,
    string? Note,
    string? OrderNumber = null);
