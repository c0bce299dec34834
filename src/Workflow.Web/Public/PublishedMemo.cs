using Workflow.Core.Classification;

namespace Workflow.Web.Public;

/// <summary>
/// The frozen snapshot of a signed memo as published: the memo in its official form, the whole endorsement
/// chain, and the attachments with their SHA-256. Serialized once at publication and hashed; never re-rendered.
/// Fields added later are optional, so snapshots published before them still read (null: not recorded then).
/// </summary>
/// <param name="AuthorTitle">What the signature block prints under the author's name (นิติกรชำนาญการ).</param>
/// <param name="Urgency">ชั้นความเร็ว as the memo had it when signed (none on snapshots taken before it was kept).</param>
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
    string SignedDateThai,
    string? AuthorTitle = null,
    Urgency Urgency = Urgency.None);

/// <summary>
/// One action in the chain, with the lines written in the memo's margin: who (with their own title), for which post
/// (its title on memos at signing), in which capacity (Self, Acting, Delegated) and by which order; SecondFactor: true
/// when the signature was confirmed with a second factor, null otherwise.
/// </summary>
public sealed record PublishedAction(
    int Sequence,
    string Action,
    string UserName,
    string PositionTh,
    string PositionEn,
    string Capacity,
    string? Note,
    string DateThai,
    IReadOnlyList<string> MarginalNote,
    string? PersonalTitle = null,
    string? PositionMemoTitle = null,
    string? OrderNumber = null,
    bool? SecondFactor = null);

public sealed record PublishedAttachment(Guid Id, string FileName, long Size, string Sha256);
