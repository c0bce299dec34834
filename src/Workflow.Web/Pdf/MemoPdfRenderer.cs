using SkiaSharp;
using Workflow.Core.Classification;
using Workflow.Web.Public;

namespace Workflow.Web.Pdf;

/// <summary>
/// Renders the frozen snapshot in the บันทึกข้อความ layout with SkiaSharp's PDF backend and HarfBuzz shaping (ADR 29):
/// the same content as the HTML sheet (Pages/Shared/_MemoSheet.cshtml), in the same order.
/// </summary>
public sealed class MemoPdfRenderer(PdfFonts fonts) : IMemoPdfRenderer
{
    public byte[] Render(PublishedMemo memo, MemoLetterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(memo);
        ArgumentNullException.ThrowIfNull(letterhead);
        using var styles = new SheetStyles(fonts);
        using var output = new MemoryStream();
        using (var pages = new SheetPages(output, Metadata(memo, letterhead), styles.Body))
        {
            var sheet = new MemoSheetWriter(pages, styles);
            sheet.Head(memo, letterhead);
            sheet.Body(memo);
            sheet.Signature(memo.AuthorName, memo.AuthorTitle ?? memo.AuthorPositionTh);
            sheet.Attachments(memo.Attachments.Select(a => a.FileName).ToList());
            new MarginalNotesWriter(pages, styles.Body).Write(NotesOfSignedRound(memo));
        }
        return output.ToArray();
    }

    /// <summary>As on the HTML sheet: the notes written after the last submission, the round the mayor signed.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> NotesOfSignedRound(PublishedMemo memo)
    {
        var lastSubmit = memo.Chain.LastOrDefault(a => a.Action == "Submit")?.Sequence ?? 0;
        return memo.Chain.Where(a => a.Sequence > lastSubmit).Select(a => a.MarginalNote).ToList();
    }

    // The creation and modification dates are the signing instant, never "now", so a snapshot always renders the same.
    private static SKDocumentPdfMetadata Metadata(PublishedMemo memo, MemoLetterhead letterhead) => new()
    {
        Title = $"บันทึกข้อความ {memo.Subject}",
        Subject = $"ที่ {memo.RegisterNumber} {memo.MemoDateThai} {ClassWords.Thai(memo.Urgency)}".TrimEnd(),
        Author = letterhead.OrganisationNameTh,
        Creator = "Workflow memo approval service",
        Creation = memo.SignedAt.UtcDateTime,
        Modified = memo.SignedAt.UtcDateTime,
        RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
        EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
    };
}
