using System.Collections.Concurrent;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Workflow.Web.Options;

namespace Workflow.Web.Pdf;

/// <summary>
/// Laksaman regular and bold with their HarfBuzz shapers and faces, loaded once per folder for the life of the process:
/// typefaces and shapers are immutable and safe to share. Never disposed: a host stopping while a publication still
/// renders (a consumer finishing its message) freed them under the renderer and crashed the process (SIGSEGV in CI).
/// </summary>
public sealed class PdfFonts
{
    private static readonly ConcurrentDictionary<string, Lazy<PdfFonts>> Loaded = new(StringComparer.Ordinal);

    private PdfFonts(string directory)
    {
        var regular = Path.Combine(directory, PdfOptions.RegularFile);
        var bold = Path.Combine(directory, PdfOptions.BoldFile);
        Regular = new SKShaper(Load(regular));
        Bold = new SKShaper(Load(bold));
        RegularFace = new Face(Blob.FromFile(regular), 0);
        BoldFace = new Face(Blob.FromFile(bold), 0);
    }

    public SKShaper Regular { get; }

    public SKShaper Bold { get; }

    /// <summary>The same files as HarfBuzz faces, which <see cref="GlyphUse"/> cuts down for each rendering.</summary>
    public Face RegularFace { get; }

    public Face BoldFace { get; }

    public static PdfFonts For(string directory) =>
        Loaded.GetOrAdd(Path.GetFullPath(directory), d => new Lazy<PdfFonts>(() => new PdfFonts(d))).Value;

    private static SKTypeface Load(string path) =>
        SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"The font file {path} could not be read as a font.");
}
