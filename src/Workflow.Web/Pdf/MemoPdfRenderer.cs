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
    /// <summary>Off only in the test that compares the cut-down faces' pages with the whole faces' ones.</summary>
    internal bool CutFaces { get; init; } = true;

    public byte[] Render(PublishedMemo memo, MemoLetterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(memo);
        ArgumentNullException.ThrowIfNull(letterhead);
        var metadata = Metadata(memo, letterhead);
        // First the layout alone, to learn which glyphs each face draws; then the PDF, drawn with the faces cut down to
        // them (GlyphUse): both passes shape with the whole faces, so the two layouts are the same, and the second takes
        // the first one's shaping (ShapingMemo).
        var shaping = new ShapingMemo();
        GlyphUse regular = new(), bold = new();
        using (var recording = SheetStyles.Recording(fonts, shaping, regular, bold))
        using (var pages = new SheetPages(null, metadata, recording.Body))
            Write(pages, recording, memo, letterhead);

        using var regularCut = CutFaces ? regular.Subset(fonts.RegularFace) : null;
        using var boldCut = CutFaces ? bold.Subset(fonts.BoldFace) : null;
        using var styles = SheetStyles.DrawingWith(fonts, shaping, regularCut, boldCut);
        using var output = new MemoryStream();
        using (var pages = new SheetPages(output, metadata, styles.Body))
            Write(pages, styles, memo, letterhead);
        return output.ToArray();
    }

    private static void Write(SheetPages pages, SheetStyles styles, PublishedMemo memo, MemoLetterhead letterhead)
    {
        var sheet = new MemoSheetWriter(pages, styles);
        sheet.Head(memo, letterhead);
        sheet.Body(memo);
        sheet.Signature(memo.AuthorName, memo.AuthorTitle ?? memo.AuthorPositionTh);
        sheet.Attachments(memo.Attachments.Select(a => a.FileName).ToList());
        new MarginalNotesWriter(pages, styles.Body).Write(NotesOfSignedRound(memo));
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
