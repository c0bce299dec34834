namespace Workflow.Contracts;

/// <summary>An approver endorsed the document with a marginal note and passed it to the next position.</summary>
public sealed record EndorsementRecorded : DocumentEvent
{
    public required int Step { get; init; }

    /// <summary>The marginal note, e.g. "เพื่อโปรดทราบ".</summary>
    public required string Note { get; init; }

    /// <summary>The position the note is addressed to ("เรียน …"), the next step.</summary>
    public required string AddressedTo { get; init; }
}
