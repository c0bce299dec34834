namespace Workflow.Web.Deadlines;

/// <summary>One memo a digest lists: its subject is null for a secret memo, which the digest names by its class only.</summary>
public sealed record DigestItem(Guid DocumentId, string? RegisterNumber, string? Subject, DateTimeOffset? DueAt);
