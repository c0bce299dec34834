namespace Workflow.Web.Data;

/// <summary>One recovery code for a person's second factor, stored as its hash and usable once.</summary>
public sealed class RecoveryCode
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>SHA-256 (hex) of the normalised code: the code itself is shown once and never stored.</summary>
    public required string CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
