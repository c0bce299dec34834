namespace Workflow.Web.Application;

public sealed record PositionView(string Key, string Th, string En);

public sealed record AttachmentView(Guid Id, string FileName, long Size, string Sha256, string Url);

public sealed record StepView(int Index, PositionView Position, string Kind, string State);

/// <summary>One history entry; <c>MarginalNote</c> is the endorsement as it is written on the memo (เกษียณหนังสือ).</summary>
public sealed record HistoryEntryView(
    int Sequence,
    string Action,
    DateTimeOffset At,
    string DateThai,
    string UserName,
    PositionView ActedFor,
    string Capacity,
    string? Note,
    PositionView? AddressedTo,
    int Round,
    int Step,
    IReadOnlyList<string> MarginalNote);

public sealed record DocumentView(
    Guid Id,
    string RouteId,
    int RouteVersion,
    string Status,
    string? RegisterNumber,
    DateOnly? MemoDate,
    string? MemoDateThai,
    string Issuer,
    string Subject,
    string Salutation,
    string Body,
    string AuthorName,
    PositionView AuthorPosition,
    int Round,
    PositionView? WaitingFor,
    DateTimeOffset? WaitingSince,
    int Version,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<HistoryEntryView> History,
    IReadOnlyList<string> AllowedActions);

public sealed record InboxItem(
    Guid Id,
    string? RegisterNumber,
    string Subject,
    string AuthorName,
    PositionView WaitingFor,
    DateTimeOffset WaitingSince,
    double WaitingSeconds);

public sealed record SubmissionItem(
    Guid Id,
    string? RegisterNumber,
    string Subject,
    string Status,
    PositionView? WaitingFor,
    DateTimeOffset UpdatedAt);

public sealed record AuditVerification(Guid DocumentId, bool Valid, int Entries, int? FirstBrokenSequence, string? Reason);
