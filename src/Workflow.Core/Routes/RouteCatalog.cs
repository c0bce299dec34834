namespace Workflow.Core.Routes;

/// <summary>Everything loaded from workflows/: the positions and the routes that use them.</summary>
public sealed record RouteCatalog(
    IReadOnlyDictionary<string, Position> Positions,
    IReadOnlyList<RouteDefinition> Routes)
{
    public RouteDefinition? Find(string id) => Routes.FirstOrDefault(r => r.Id == id);

    public Position PositionOf(string key) =>
        Positions.TryGetValue(key, out var p) ? p : new Position(key, key, key);
}
