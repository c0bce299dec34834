using SkiaSharp;

namespace Workflow.Web.Pdf;

/// <summary>The text styles of one rendering (fonts and paints are not shared between threads, so each rendering has its own).</summary>
public sealed class SheetStyles(PdfFonts fonts) : IDisposable
{
    public TextStyle Body { get; } = new(fonts.Regular, OfficialForm.BodySize, SKColors.Black);

    public TextStyle BodyBold { get; } = new(fonts.Bold, OfficialForm.BodySize, SKColors.Black);

    public TextStyle Label { get; } = new(fonts.Bold, OfficialForm.LabelSize, SKColors.Black);

    public TextStyle Heading { get; } = new(fonts.Bold, OfficialForm.HeadingSize, SKColors.Black);

    public TextStyle Stamp { get; } = new(fonts.Bold, OfficialForm.StampSize, new SKColor(0xD0, 0x10, 0x10));

    public void Dispose()
    {
        Body.Dispose();
        BodyBold.Dispose();
        Label.Dispose();
        Heading.Dispose();
        Stamp.Dispose();
    }
}
