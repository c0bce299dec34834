using Workflow.Web.Application;
using Workflow.Web.Public;

namespace Workflow.Web.Pages.Support;

/// <summary>
/// A memo as it is laid out on paper (บันทึกข้อความ), always in Thai: the official record does not change with
/// the interface language. Built from a live document or from a publication snapshot, so both look the same.
/// </summary>
public sealed record MemoSheet(
    string Issuer,
    string? RegisterNumber,
    string? DateThai,
    string Subject,
    string Salutation,
    IReadOnlyList<string> Paragraphs,
    string AuthorName,
    string AuthorPosition,
    IReadOnlyList<MemoSheet.File> Attachments,
    IReadOnlyList<IReadOnlyList<string>> MarginalNotes)
{
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
        doc.AuthorPosition.Th,
        doc.Attachments.Select(a => new File(a.FileName, a.Size, $"/memos/{doc.Id}/attachments/{a.Id}")).ToList(),
        doc.History.Where(h => h.Round == doc.Round && h.Action != "Submit").Select(h => h.MarginalNote).ToList());

    /// <summary>The published snapshot; the margin carries the notes written after the last submission (the round that was signed).</summary>
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
            memo.AuthorPositionTh,
            memo.Attachments.Select(a => new File(a.FileName, a.Size, $"{published.Url}/attachments/{a.Id}")).ToList(),
            memo.Chain.Where(a => a.Sequence > lastSubmit).Select(a => a.MarginalNote).ToList());
    }

    /// <summary>Paragraphs are separated by an empty line, as in the publication snapshot; single line breaks stay inside.</summary>
    public static IReadOnlyList<string> ParagraphsOf(string body) =>
        body.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
