namespace Workflow.Web.Data;

/// <summary>A signed memo on the public site: a frozen snapshot, never re-rendered from live data. One per document.</summary>
public sealed class Publication
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public required string RegisterNumber { get; set; }

    public required string Subject { get; set; }

    public DateTimeOffset SignedAt { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The snapshot as JSON, exactly as hashed.</summary>
    public required string Snapshot { get; set; }

    public required string SnapshotHash { get; set; }
}
