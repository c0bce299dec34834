using Workflow.Core.Classification;
using Workflow.Core.Engine;

namespace Workflow.Web.Data;

/// <summary>A memo (บันทึกข้อความ) and where it stands on its route.</summary>
public sealed class Document
{
    public Guid Id { get; set; }

    // Pinned at creation: the route id, version and content hash this document follows.
    public required string RouteId { get; set; }

    public int RouteVersion { get; set; }

    public required string RouteHash { get; set; }

    public required string AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public required string AuthorPosition { get; set; }

    /// <summary>The author's personal position and level (นิติกรชำนาญการ) for the signature block; null on memos written before it was kept.</summary>
    public string? AuthorTitle { get; set; }

    /// <summary>ส่วนราชการ.</summary>
    public required string Issuer { get; set; }

    /// <summary>ที่: the agency code and register number, given at first submission and never reused.</summary>
    public string? RegisterNumber { get; set; }

    /// <summary>The (Buddhist Era) year the register number runs in: numbers restart every year, so "/1" recurs.</summary>
    public int? RegisterYear { get; set; }

    /// <summary>วันที่: set at first submission.</summary>
    public DateOnly? MemoDate { get; set; }

    /// <summary>เรื่อง.</summary>
    public required string Subject { get; set; }

    /// <summary>เรียน.</summary>
    public required string Salutation { get; set; }

    public required string Body { get; set; }

    public DocumentStatus Status { get; set; }

    /// <summary>ชั้นความเร็ว, stored as its number so inboxes can order by it.</summary>
    public Urgency Urgency { get; set; }

    /// <summary>ชั้นความลับ; a secret memo is read only by its author and the posts it has reached, and never published by itself.</summary>
    public Secrecy Secrecy { get; set; }

    public int CurrentStep { get; set; }

    public int Round { get; set; }

    /// <summary>Highest step index the document has reached; its holders may read it. -1 until submitted.</summary>
    public int HighestStepReached { get; set; } = -1;

    /// <summary>The position the document waits for while in route (denormalized for the inbox index).</summary>
    public string? WaitingFor { get; set; }

    public DateTimeOffset? WaitingSince { get; set; }

    /// <summary>When the current wait is due (the step's "due", shortened by urgency); null: no deadline (ADR 21).</summary>
    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// How many audit entries the document has and the hash of the last one. Kept with the state (under the same
    /// concurrency token) so the chain's end is anchored: deleting the newest entries is detected too.
    /// </summary>
    public int AuditCount { get; set; }

    public string? AuditHead { get; set; }

    /// <summary>Concurrency token: SQLite has no rowversion, so every change increments it.</summary>
    public int Version { get; set; }

    public List<Attachment> Attachments { get; set; } = [];

    public RouteState State => new(Status, CurrentStep, Round, HighestStepReached);
}
