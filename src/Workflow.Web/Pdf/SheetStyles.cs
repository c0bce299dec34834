using SkiaSharp;

namespace Workflow.Web.Pdf;

/// <summary>The text styles of one rendering (fonts and paints are not shared between threads, so each rendering has its own).</summary>
public sealed class SheetStyles : IDisposable
{
    private SheetStyles(PdfFonts fonts, ShapingMemo shaping, SKTypeface? regular, SKTypeface? bold, GlyphUse? regularUse, GlyphUse? boldUse)
    {
        Body = new(fonts.Regular, OfficialForm.BodySize, SKColors.Black, shaping, regular, regularUse);
        BodyBold = new(fonts.Bold, OfficialForm.BodySize, SKColors.Black, shaping, bold, boldUse);
        Label = new(fonts.Bold, OfficialForm.LabelSize, SKColors.Black, shaping, bold, boldUse);
        Heading = new(fonts.Bold, OfficialForm.HeadingSize, SKColors.Black, shaping, bold, boldUse);
        Stamp = new(fonts.Bold, OfficialForm.StampSize, new SKColor(0xD0, 0x10, 0x10), shaping, bold, boldUse);
    }

    public TextStyle Body { get; }

    public TextStyle BodyBold { get; }

    public TextStyle Label { get; }

    public TextStyle Heading { get; }

    public TextStyle Stamp { get; }

    /// <summary>Styles that draw nothing and note what each face would have drawn.</summary>
    public static SheetStyles Recording(PdfFonts fonts, ShapingMemo shaping, GlyphUse regular, GlyphUse bold) =>
        new(fonts, shaping, null, null, regular, bold);

    /// <summary>Styles that draw with the given typefaces (each face cut down), the whole faces where one is null.</summary>
    public static SheetStyles DrawingWith(PdfFonts fonts, ShapingMemo shaping, SKTypeface? regular, SKTypeface? bold) =>
        new(fonts, shaping, regular, bold, null, null);

    public void Dispose()
    {
        Body.Dispose();
        BodyBold.Dispose();
        Label.Dispose();
        Heading.Dispose();
        Stamp.Dispose();
    }
}
