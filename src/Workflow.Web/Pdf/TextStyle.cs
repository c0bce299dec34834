using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Workflow.Web.Pdf;

/// <summary>
/// One face, size and colour of the sheet; measures and draws text shaped by HarfBuzz. Shapes with the whole face and
/// draws with <paramref name="drawWith"/> when given (the face cut down to this rendering's glyphs, <see cref="GlyphUse"/>);
/// with <paramref name="record"/> it draws nothing and notes the glyphs and characters it would have drawn. Shapes through
/// the rendering's <paramref name="shaping"/>, so a text is shaped once per face and size however often it is measured or drawn.
/// </summary>
public sealed class TextStyle(SKShaper shaper, float size, SKColor color, ShapingMemo shaping, SKTypeface? drawWith = null, GlyphUse? record = null) : IDisposable
{
    private readonly SKFont _font = new(drawWith ?? shaper.Typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
    private readonly SKPaint _paint = new() { Color = color, IsAntialias = true };

    /// <summary>
    /// Baseline to baseline, 1.6 em: Laksaman's own line spacing (hhea, about 2 em) leaves the sheet half empty; at 1.6 em a
    /// tone mark stacked over an upper vowel (1.28 em high) clears the lower vowels of the line above but for a hair (ADR 29).
    /// </summary>
    public float LineHeight => size * 1.6f;

    /// <summary>From a line's top to its baseline.</summary>
    public float Ascent => size * 1.15f;

    public float Width(string text) => shaping.Shape(shaper, _font, text).Width;

    /// <summary>
    /// Draws the shaped glyphs with the source text and its clusters attached, so the PDF carries the text as written
    /// (ActualText where a cluster's glyphs do not map back one to one, as with sara am) and pdftotext returns it.
    /// </summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline)
    {
        if (text.Length == 0)
            return;
        var shaped = shaping.Shape(shaper, _font, text);
        if (record is not null)
        {
            record.Add(shaped.Codepoints, text);
            return;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(_font, shaped.Codepoints.Length, utf8.Length, null);
        var glyphs = run.Glyphs;
        for (var i = 0; i < shaped.Codepoints.Length; i++)
            glyphs[i] = (ushort)shaped.Codepoints[i];
        var positions = run.Positions;
        for (var i = 0; i < shaped.Points.Length; i++)
            positions[i] = new SKPoint(shaped.Points[i].X + x, shaped.Points[i].Y + baseline);
        utf8.CopyTo(run.Text);
        shaped.Clusters.CopyTo(run.Clusters);
        using var blob = builder.Build();
        if (blob is not null)
            canvas.DrawText(blob, 0, 0, _paint);
    }

    public void Dispose()
    {
        _font.Dispose();
        _paint.Dispose();
    }
}
