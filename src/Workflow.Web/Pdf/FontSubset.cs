using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace Workflow.Web.Pdf;

/// <summary>
/// The glyphs and characters one rendering draws with one face, and that face cut down to them with HarfBuzz's subsetter
/// (hb-subset, in the libHarfBuzzSharp the shaper already loads). Skia's PDF backend as SkiaSharp builds it has no
/// subsetter of its own: it embedded both Laksaman files whole (225 KB) in every PDF and deflated them each time, the
/// largest native cost of a publication (README "Performance"). The cut keeps the glyph ids (retain-gids), so glyphs
/// shaped with the whole face draw the same from the cut one, and the characters, so the PDF's ToUnicode map and the
/// text that pdftotext reads stay as they were.
/// </summary>
public sealed class GlyphUse
{
    private const uint RetainGids = 0x2;
    private const uint NoHinting = 0x1;
    private const string Library = "libHarfBuzzSharp";

    public HashSet<ushort> Glyphs { get; } = [];

    public HashSet<int> Characters { get; } = [];

    public void Add(ReadOnlySpan<uint> glyphs, string text)
    {
        foreach (var glyph in glyphs)
            Glyphs.Add((ushort)glyph);
        foreach (var rune in text.EnumerateRunes())
            Characters.Add(rune.Value);
    }

    /// <summary>The face cut down to what was recorded, as a typeface to draw with; null if HarfBuzz could not cut it.</summary>
    public SKTypeface? Subset(Face face)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            return null;
        try
        {
            var glyphs = hb_subset_input_glyph_set(input);
            hb_set_add(glyphs, 0);
            foreach (var glyph in Glyphs)
                hb_set_add(glyphs, glyph);
            var characters = hb_subset_input_unicode_set(input);
            foreach (var character in Characters)
                hb_set_add(characters, (uint)character);
            hb_subset_input_set_flags(input, RetainGids | NoHinting);
            var cut = hb_subset_or_fail(face.Handle, input);
            if (cut == IntPtr.Zero)
                return null;
            try
            {
                var blob = hb_face_reference_blob(cut);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0)
                        return null;
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    // The typeface keeps its own reference to the data.
                    using var copy = SKData.CreateCopy(bytes);
                    return SKTypeface.FromData(copy);
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(cut);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
}
