namespace Workflow.Web.Pdf;

/// <summary>
/// The measurements of the บันทึกข้อความ form, in PDF points (1/72 inch) on A4: the margins and sizes chosen in ADR 29
/// (left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm; body 16 pt, heading 29 pt, labels 20 pt, stamp 32 pt).
/// </summary>
public static class OfficialForm
{
    public const float Cm = 72f / 2.54f;
    public const float PageWidth = 595;
    public const float PageHeight = 842;
    public const float Left = 3 * Cm;
    public const float Right = PageWidth - 2 * Cm;
    public const float Top = 2.5f * Cm;
    public const float Bottom = PageHeight - 2 * Cm;
    public const float TextWidth = Right - Left;
    public const float FirstLineIndent = 2.5f * Cm;
    public const float EmblemHeight = 1.5f * Cm;

    /// <summary>The signature block's centre: right of the middle, where the form leaves room to sign.</summary>
    public const float SignatureCentre = Left + TextWidth * 0.62f;

    public const float BodySize = 16;
    public const float HeadingSize = 29;
    public const float LabelSize = 20;

    /// <summary>The regulation asks for the urgency class in red, not smaller than 32 pt.</summary>
    public const float StampSize = 32;

    public const float ParagraphGap = 6;
}
