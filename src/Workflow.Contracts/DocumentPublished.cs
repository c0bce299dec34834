namespace Workflow.Contracts;

/// <summary>The signed document is on the public site. Not a document action, so not an <see cref="IDocumentEvent"/>.</summary>
public sealed record DocumentPublished
{
    public required Guid DocumentId { get; init; }

    public required Guid PublicationId { get; init; }

    public required string RegisterNumber { get; init; }

    /// <summary>SHA-256 of the frozen snapshot that was published.</summary>
    public required string SnapshotHash { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}
