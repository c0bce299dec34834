using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Workflow.Web.Options;

namespace Workflow.Web.Pdf;

/// <summary>Laksaman regular and bold with their HarfBuzz shapers, loaded once: typefaces and shapers are immutable and safe to share.</summary>
public sealed class PdfFonts : IDisposable
{
    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;

    public PdfFonts(string directory)
    {
        _regular = Load(Path.Combine(directory, PdfOptions.RegularFile));
        _bold = Load(Path.Combine(directory, PdfOptions.BoldFile));
        Regular = new SKShaper(_regular);
        Bold = new SKShaper(_bold);
    }

    public SKShaper Regular { get; }

    public SKShaper Bold { get; }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        _regular.Dispose();
        _bold.Dispose();
    }

    private static SKTypeface Load(string path) =>
        SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"The font file {path} could not be read as a font.");
}
