using Workflow.Core.Classification;
using Workflow.Web.Application;
using Workflow.Web.Public;

namespace Workflow.Web.Pages.Support;

/// <summary>
/// A memo as it is laid out on paper (บันทึกข้อความ), always in Thai: the official record does not change with
/// the interface language. Built from a live document or from a publication snapshot, so both look the same.
/// The classes are stamped on it as the regulation has them (docs/adr/0022-urgency-and-secrecy-classes.md).
/// </summary>
public sealed record MemoSheet(
    string Issuer,
    string? RegisterNumber,
    string? DateThai,
    string Subject,
    string Salutation,
    IReadOnlyList<string> Paragraphs,
    string AuthorName,
    string AuthorTitle,
    IReadOnlyList<MemoSheet.File> Attachments,
    IReadOnlyList<IReadOnlyList<string>> MarginalNotes,
    Urgency Urgency,
    Secrecy Secrecy)
{
    /// <summary>ด่วน, ด่วนมาก, ด่วนที่สุด above the heading; empty when the memo has no urgency class.</summary>
    public string UrgencyStamp => ClassWords.Thai(Urgency);

    /// <summary>ลับ or ลับมาก at the top and bottom centre of the sheet; empty when the memo is not classified.</summary>
    public string SecrecyStamp => ClassWords.Thai(Secrecy);

    public sealed record File(string Name, long Size, string? Url);

    /// <summary>The notes written on this round of the memo: the endorsements, and a return, refusal or signature.</summary>
    public static MemoSheet From(DocumentView doc) => new(
        doc.Issuer,
        doc.RegisterNumber,
        doc.MemoDateThai,
        doc.Subject,
        doc.Salutation,
        ParagraphsOf(doc.Body),
        doc.AuthorName,
        doc.AuthorTitle,
        doc.Attachments.Select(a => new File(a.FileName, a.Size, $"/memos/{doc.Id}/attachments/{a.Id}")).ToList(),
        doc.History.Where(h => h.Round == doc.Round && h.Action != "Submit").Select(h => h.MarginalNote).ToList(),
        doc.Urgency,
        doc.Secrecy);

    /// <summary>
    /// The published snapshot; the margin carries the notes written after the last submission (the round that was signed),
    /// the stamp the urgency frozen at signing. A published memo is no longer classified, so it has no secrecy stamp.
    /// </summary>
    public static MemoSheet From(PublicMemo published)
    {
        var memo = published.Memo;
        var lastSubmit = memo.Chain.LastOrDefault(a => a.Action == "Submit")?.Sequence ?? 0;
        return new MemoSheet(
            memo.Issuer,
            memo.RegisterNumber,
            memo.MemoDateThai,
            memo.Subject,
            memo.Salutation,
            memo.Paragraphs,
            memo.AuthorName,
            memo.AuthorTitle ?? memo.AuthorPositionTh,
            memo.Attachments.Select(a => new File(a.FileName, a.Size, $"{published.Url}/attachments/{a.Id}")).ToList(),
            memo.Chain.Where(a => a.Sequence > lastSubmit).Select(a => a.MarginalNote).ToList(),
            memo.Urgency,
            Secrecy.None);
    }

    /// <summary>Paragraphs are separated by an empty line, as in the publication snapshot; single line breaks stay inside.</summary>
    public static IReadOnlyList<string> ParagraphsOf(string body) =>
        body.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
