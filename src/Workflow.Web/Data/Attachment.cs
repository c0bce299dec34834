namespace Workflow.Web.Data;

/// <summary>A file attached to a memo. Stored by content hash, never by the uploaded name.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
