using System.Collections.Concurrent;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Workflow.Web.Options;

namespace Workflow.Web.Pdf;

/// <summary>
/// Laksaman regular and bold with their HarfBuzz shapers, loaded once per folder for the life of the process:
/// typefaces and shapers are immutable and safe to share. Never disposed: a host stopping while a publication still
/// renders (a consumer finishing its message) freed them under the renderer and crashed the process (SIGSEGV in CI).
/// </summary>
public sealed class PdfFonts
{
    private static readonly ConcurrentDictionary<string, Lazy<PdfFonts>> Loaded = new(StringComparer.Ordinal);

    private PdfFonts(string directory)
    {
        var regular = Load(Path.Combine(directory, PdfOptions.RegularFile));
        var bold = Load(Path.Combine(directory, PdfOptions.BoldFile));
        Regular = new SKShaper(regular);
        Bold = new SKShaper(bold);
    }

    public SKShaper Regular { get; }

    public SKShaper Bold { get; }

    public static PdfFonts For(string directory) =>
        Loaded.GetOrAdd(Path.GetFullPath(directory), d => new Lazy<PdfFonts>(() => new PdfFonts(d))).Value;

    private static SKTypeface Load(string path) =>
        SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"The font file {path} could not be read as a font.");
}
