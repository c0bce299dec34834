using SkiaSharp;

namespace Workflow.Web.Tests.Sealing;

/// <summary>A PDF as the renderer makes it: SkiaSharp's SKDocument, an A4 page with Thai text in Laksaman.</summary>
public static class SkiaPdf
{
    /// <summary>One page; with <paramref name="link"/>, the text is also a link (a page that already has /Annots).</summary>
    public static byte[] ThaiPage(string text = "บันทึกข้อความ เรื่อง ขออนุมัติจัดซื้อวัสดุสำนักงาน ๒๕๖๙", string? link = null)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            var canvas = document.BeginPage(595, 842);
            using var font = new SKFont(SKTypeface.FromFamilyName("Laksaman") ?? SKTypeface.Default, 16);
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawText(text, 72, 100, SKTextAlign.Left, font, paint);
            if (link is not null)
                canvas.DrawUrlAnnotation(new SKRect(72, 80, 400, 110), link);
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }
}
