using SkiaSharp;
using Workflow.Web.Options;
using Workflow.Web.Pdf;
using Workflow.Web.Public;

namespace Workflow.Web.Tests.Pdf;

/// <summary>Renders with the real renderer and Debian's Laksaman; keeps each PDF and its pages under TestResults/pdf for a person to look at.</summary>
public static class RenderedPdf
{
    private static readonly Lazy<MemoPdfRenderer> Renderer = new(() => new MemoPdfRenderer(PdfFonts.For(new PdfOptions().FullDirectory("/"))));

    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "pdf")).FullName;

    public static byte[] Render(PublishedMemo memo, byte[]? emblem = null) =>
        Renderer.Value.Render(memo, new MemoLetterhead(emblem, "เทศบาลตำบลโชคชัย"));

    /// <summary>Renders and writes NAME.pdf; answers its path.</summary>
    public static string Save(string name, PublishedMemo memo, byte[]? emblem = null)
    {
        var path = Path.Combine(Folder, name + ".pdf");
        File.WriteAllBytes(path, Render(memo, emblem));
        return path;
    }

    /// <summary>A 120×150 emblem: a filled circle, as an organisation's PNG would be.</summary>
    public static byte[] Emblem()
    {
        using var bitmap = new SKBitmap(120, 150);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0xB0, 0x80, 0x10), IsAntialias = true };
            canvas.DrawCircle(60, 75, 55, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Pixels darker than near-white in a PNG: a blank page has none.</summary>
    public static int InkedPixels(string png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var inked = 0;
        foreach (var pixel in bitmap.Pixels)
            if (pixel.Red < 200 || pixel.Green < 200 || pixel.Blue < 200)
                inked++;
        return inked;
    }

    /// <summary>Whitespace removed, so a paragraph wrapped over several lines compares with the snapshot's text.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
