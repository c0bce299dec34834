namespace Workflow.Web.Data;

/// <summary>A file attached to a memo. Stored by content hash, never by the uploaded name.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>SHA-256 of the file as uploaded (what readers download), whether or not it is stored encrypted.</summary>
    public required string Sha256 { get; set; }

    /// <summary>
    /// For a secret memo's file: the SHA-256 of the encrypted file the store keeps (its name on disk), and the file's own
    /// AES-256-GCM key protected by Data Protection (ADR 23). Both null for a file stored as uploaded.
    /// </summary>
    public string? StoredAs { get; set; }

    public string? SealedKey { get; set; }

    /// <summary>The name of the file in the store.</summary>
    public string StoredName => StoredAs ?? Sha256;

    public DateTimeOffset UploadedAt { get; set; }
}
