namespace Workflow.Web.Data;

/// <summary>Every route version ever loaded, by content hash, so documents in flight keep the route they started with.</summary>
public sealed class RouteSnapshot
{
    public required string Hash { get; set; }

    public required string RouteId { get; set; }

    public int Version { get; set; }

    public required string Definition { get; set; }

    public DateTimeOffset FirstLoadedAt { get; set; }
}
