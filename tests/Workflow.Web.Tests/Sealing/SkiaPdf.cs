using SkiaSharp;

namespace Workflow.Web.Tests.Sealing;

/// <summary>A PDF as the renderer makes it: SkiaSharp's SKDocument, an A4 page with Thai text in Laksaman.</summary>
public static class SkiaPdf
{
    public static byte[] ThaiPage(string text = "บันทึกข้อความ เรื่อง ขออนุมัติจัดซื้อวัสดุสำนักงาน ๒๕๖๙")
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            var canvas = document.BeginPage(595, 842);
            using var font = new SKFont(SKTypeface.FromFamilyName("Laksaman") ?? SKTypeface.Default, 16);
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawText(text, 72, 100, SKTextAlign.Left, font, paint);
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }
}
