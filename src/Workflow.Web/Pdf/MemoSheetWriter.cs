using System.Globalization;
using SkiaSharp;
using Workflow.Core.Classification;
using Workflow.Core.Formatting;
using Workflow.Web.Public;

namespace Workflow.Web.Pdf;

/// <summary>The memo's own parts on the sheet: stamp, emblem and heading, the head lines, เรียน, the body, the signature, the attachments.</summary>
public sealed class MemoSheetWriter(SheetPages pages, SheetStyles styles)
{
    private const float Left = OfficialForm.Left;

    public void Head(PublishedMemo memo, MemoLetterhead letterhead)
    {
        var stamp = ClassWords.Thai(memo.Urgency);
        if (stamp.Length > 0)
            pages.Line(styles.Stamp, stamp, Left);
        EmblemAndHeading(letterhead.EmblemPng);
        Labelled("ส่วนราชการ", memo.Issuer, Left, OfficialForm.TextWidth);
        var top = pages.Y;
        Labelled("ที่", memo.RegisterNumber, Left, OfficialForm.TextWidth / 2);
        var below = pages.Y;
        pages.Y = top;
        Labelled("วันที่", memo.MemoDateThai, Left + OfficialForm.TextWidth / 2, OfficialForm.TextWidth / 2);
        pages.Y = Math.Max(below, pages.Y);
        Labelled("เรื่อง", memo.Subject, Left, OfficialForm.TextWidth);
        pages.Y += OfficialForm.ParagraphGap;
        pages.Paragraph(styles.Body, $"เรียน {memo.Salutation}", Left, OfficialForm.TextWidth);
    }

    public void Body(PublishedMemo memo)
    {
        foreach (var paragraph in memo.Paragraphs)
        {
            pages.Y += OfficialForm.ParagraphGap;
            pages.Paragraph(styles.Body, paragraph, Left, OfficialForm.TextWidth, OfficialForm.FirstLineIndent);
        }
    }

    /// <summary>Two empty lines to sign on, then (name) and the title, centred right of the middle.</summary>
    public void Signature(string name, string title)
    {
        var height = styles.Body.LineHeight * 4;
        pages.Reserve(height);
        pages.Y += styles.Body.LineHeight * 2;
        pages.Centred(styles.Body, $"({name})", OfficialForm.SignatureCentre);
        pages.Centred(styles.Body, title, OfficialForm.SignatureCentre);
    }

    public void Attachments(IReadOnlyList<string> fileNames)
    {
        if (fileNames.Count == 0)
            return;
        pages.Y += OfficialForm.ParagraphGap;
        pages.Reserve(styles.Body.LineHeight * 2);
        pages.Line(styles.BodyBold, "สิ่งที่ส่งมาด้วย", Left);
        for (var i = 0; i < fileNames.Count; i++)
        {
            var number = ThaiDigits.ToThai((i + 1).ToString(CultureInfo.InvariantCulture));
            pages.Paragraph(styles.Body, $"{number}. {fileNames[i]}", Left + OfficialForm.Cm, OfficialForm.TextWidth - OfficialForm.Cm);
        }
    }

    /// <summary>The emblem at the top left, about 1.5 cm high, and the heading centred on its foot; the heading alone without one.</summary>
    private void EmblemAndHeading(byte[]? png)
    {
        const string heading = "บันทึกข้อความ";
        using var emblem = png is null ? null : SKImage.FromEncodedData(png);
        var rowHeight = emblem is null ? styles.Heading.LineHeight : Math.Max(OfficialForm.EmblemHeight, styles.Heading.LineHeight);
        pages.Reserve(rowHeight);
        var top = pages.Y;
        if (emblem is not null)
        {
            var width = OfficialForm.EmblemHeight * emblem.Width / emblem.Height;
            pages.Canvas.DrawImage(emblem, SKRect.Create(Left, top, width, OfficialForm.EmblemHeight), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        var baseline = top + rowHeight - (styles.Heading.LineHeight - styles.Heading.Ascent);
        styles.Heading.Draw(pages.Canvas, heading, (OfficialForm.Left + OfficialForm.Right - styles.Heading.Width(heading)) / 2, baseline);
        pages.Y = top + rowHeight;
    }

    /// <summary>A bold 20 pt label and its value in 16 pt, the value's further lines under its first.</summary>
    private void Labelled(string label, string value, float left, float width)
    {
        var valueLeft = left + styles.Label.Width(label) + styles.Body.Width(" ") * 2;
        var lines = ThaiLineBreaker.Break(value, left + width - valueLeft, left + width - valueLeft, styles.Body.Width);
        pages.Reserve(styles.Label.LineHeight);
        var baseline = pages.Y + styles.Label.Ascent;
        styles.Label.Draw(pages.Canvas, label, left, baseline);
        styles.Body.Draw(pages.Canvas, lines[0], valueLeft, baseline);
        pages.Y += styles.Label.LineHeight;
        foreach (var line in lines.Skip(1))
            pages.Line(styles.Body, line, valueLeft);
    }
}
