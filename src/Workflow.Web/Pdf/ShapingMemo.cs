using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Workflow.Web.Pdf;

/// <summary>
/// The text one rendering has shaped, by face, size and text, at the origin. A rendering lays its sheet out twice (once
/// to learn its glyphs, once to draw with the faces cut down to them, <see cref="MemoPdfRenderer"/>), and the line
/// breaker measures every candidate line; both passes shape with the whole faces, so the second pass and every repeated
/// measurement take the first result instead of shaping again (README "CPU per memo, second pass"). One per rendering:
/// not shared between threads.
/// </summary>
public sealed class ShapingMemo
{
    private readonly Dictionary<(SKShaper Shaper, float Size, string Text), SKShaper.Result> _shaped = [];

    public SKShaper.Result Shape(SKShaper shaper, SKFont font, string text)
    {
        var key = (shaper, font.Size, text);
        if (_shaped.TryGetValue(key, out var shaped))
            return shaped;
        using var buffer = new HarfBuzzSharp.Buffer();
        // UTF-8, so that HarfBuzz's clusters are byte offsets, which is what the text blob's clusters are.
        buffer.AddUtf8(text);
        buffer.GuessSegmentProperties();
        shaped = shaper.Shape(buffer, font);
        _shaped[key] = shaped;
        return shaped;
    }
}
