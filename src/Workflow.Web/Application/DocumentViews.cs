using Workflow.Core.Classification;

namespace Workflow.Web.Application;

/// <summary>A post: its key, Thai and English titles, and the title as written on memos (ปลัดเทศบาลตำบล…).</summary>
public sealed record PositionView(string Key, string Th, string En, string MemoTitle);

public sealed record AttachmentView(Guid Id, string FileName, long Size, string Sha256, string Url);

public sealed record StepView(int Index, PositionView Position, string Kind, string State);

/// <summary>
/// One history entry: the person, their own title then (null on entries written before it was kept), the post, the
/// capacity (Self, Acting, Delegated) and the order acted by; <c>MarginalNote</c> is the action as it is written on
/// the memo (เกษียณหนังสือ).
/// </summary>
public sealed record HistoryEntryView(
    int Sequence,
    string Action,
    DateTimeOffset At,
    string DateThai,
    string UserName,
    string? PersonalTitle,
    PositionView ActedFor,
    string Capacity,
    string? OrderNumber,
    string? Note,
    PositionView? AddressedTo,
    int Round,
    int Step,
    IReadOnlyList<string> MarginalNote,
    bool SecondFactor = false);

/// <summary>
/// A memo with its route and history; <c>AuthorTitle</c> is what its signature block prints under the author's name,
/// <c>Urgency</c> and <c>Secrecy</c> the classes the author chose (ชั้นความเร็ว, ชั้นความลับ).
/// </summary>
/// <param name="SignedNotPublished">Signed but kept off the public site by its secrecy class until it is declassified (ADR 23).</param>
/// <param name="DueAt">When the current step's wait is due (null: it has no due time, or the memo waits for no one).</param>
/// <param name="Overdue">The due time has passed and the memo still waits.</param>
public sealed record DocumentView(
    Guid Id,
    string RouteId,
    int RouteVersion,
    string Status,
    Urgency Urgency,
    Secrecy Secrecy,
    string? RegisterNumber,
    DateOnly? MemoDate,
    string? MemoDateThai,
    string Issuer,
    string Subject,
    string Salutation,
    string Body,
    string AuthorName,
    PositionView AuthorPosition,
    string AuthorTitle,
    int Round,
    PositionView? WaitingFor,
    DateTimeOffset? WaitingSince,
    int Version,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<HistoryEntryView> History,
    IReadOnlyList<string> AllowedActions,
    bool SignedNotPublished = false,
    DateTimeOffset? DueAt = null,
    bool Overdue = false);

/// <summary>A memo waiting for me, with its due time (null: none) and whether that has passed; the inbox lists the most urgent first, then the longest waiting.</summary>
public sealed record InboxItem(
    Guid Id,
    string? RegisterNumber,
    string Subject,
    Urgency Urgency,
    Secrecy Secrecy,
    string AuthorName,
    PositionView WaitingFor,
    DateTimeOffset WaitingSince,
    double WaitingSeconds,
    DateTimeOffset? DueAt,
    bool Overdue);

public sealed record SubmissionItem(
    Guid Id,
    string? RegisterNumber,
    string Subject,
    Urgency Urgency,
    Secrecy Secrecy,
    string Status,
    PositionView? WaitingFor,
    DateTimeOffset UpdatedAt);

/// <summary>A memo's id and the version it has now, after an edit.</summary>
public sealed record DocumentVersion(Guid Id, int Version);

public sealed record AuditVerification(Guid DocumentId, bool Valid, int Entries, int? FirstBrokenSequence, string? Reason);
