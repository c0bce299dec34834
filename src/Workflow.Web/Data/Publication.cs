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

    /// <summary>
    /// The snapshot's ชั้นความเร็ว, copied out of it when published so that the public list reads a column instead of
    /// parsing each snapshot; frozen like the snapshot (the live row changing later changes neither).
    /// </summary>
    public Workflow.Core.Classification.Urgency Urgency { get; set; }

    /// <summary>The sealed official PDF, rendered once from the snapshot: its file name in the publication store (ADR 29).</summary>
    public string? PdfFile { get; set; }

    /// <summary>SHA-256 (hex) of the sealed PDF exactly as stored and served; what the verify page looks up.</summary>
    public string? PdfSha256 { get; set; }

    public long? PdfSize { get; set; }

    /// <summary>Who sealed it: the subject of the municipality's certificate.</summary>
    public string? SealedBy { get; set; }

    public DateTimeOffset? SealedAt { get; set; }

    /// <summary>Whether the signature was confirmed with a second factor (TOTP or a recovery code).</summary>
    public bool SecondFactor { get; set; }
}
