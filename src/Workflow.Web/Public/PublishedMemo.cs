namespace Workflow.Web.Public;

/// <summary>
/// The frozen snapshot of a signed memo as published: the memo in its official form, the whole endorsement
/// chain, and the attachments with their SHA-256. Serialized once at publication and hashed; never re-rendered.
/// </summary>
public sealed record PublishedMemo(
    Guid DocumentId,
    string RouteId,
    string RegisterNumber,
    string MemoDateThai,
    string Issuer,
    string Subject,
    string Salutation,
    IReadOnlyList<string> Paragraphs,
    string AuthorName,
    string AuthorPositionTh,
    IReadOnlyList<PublishedAction> Chain,
    IReadOnlyList<PublishedAttachment> Attachments,
    DateTimeOffset SignedAt,
    string SignedDateThai);

/// <summary>One action in the chain, with the lines written in the memo's margin.</summary>
public sealed record PublishedAction(
    int Sequence,
    string Action,
    string UserName,
    string PositionTh,
    string PositionEn,
    string Capacity,
    string? Note,
    string DateThai,
    IReadOnlyList<string> MarginalNote);

public sealed record PublishedAttachment(Guid Id, string FileName, long Size, string Sha256);
