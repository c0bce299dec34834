using SkiaSharp;
using Workflow.Core.Formatting;

namespace Workflow.Web.Pdf;

/// <summary>
/// The pages of one PDF and the pen's place on them: content that does not fit above the bottom margin goes to a new page,
/// and from page 2 on the page number stands at the top centre as the regulation writes it ("- ๒ -"). Without an output
/// the pages are laid out on canvases that draw nothing (the first pass of <see cref="MemoPdfRenderer"/>).
/// </summary>
public sealed class SheetPages : IDisposable
{
    private readonly SKDocument? _document;
    private readonly TextStyle _numberStyle;
    private SKCanvas? _canvas;

    public SheetPages(Stream? output, SKDocumentPdfMetadata metadata, TextStyle numberStyle)
    {
        _document = output is null ? null : SKDocument.CreatePdf(output, metadata);
        _numberStyle = numberStyle;
        NewPage();
    }

    public int PageCount { get; private set; }

    /// <summary>The top of the next line.</summary>
    public float Y { get; set; }

    public SKCanvas Canvas => _canvas!;

    /// <summary>Moves to a new page unless a block this high still fits on this one.</summary>
    public void Reserve(float height)
    {
        if (Y + height > OfficialForm.Bottom && Y > ContentTop)
            NewPage();
    }

    /// <summary>Draws one line whose top is at <see cref="Y"/> and moves below it, on a new page when it does not fit.</summary>
    public void Line(TextStyle style, string text, float x)
    {
        Reserve(style.LineHeight);
        style.Draw(Canvas, text, x, Y + style.Ascent);
        Y += style.LineHeight;
    }

    public void Centred(TextStyle style, string text, float centre) => Line(style, text, centre - style.Width(text) / 2);

    /// <summary>A paragraph wrapped to the width, its first line indented; line breaks inside it are kept.</summary>
    public void Paragraph(TextStyle style, string text, float left, float width, float firstIndent = 0)
    {
        var first = true;
        foreach (var part in text.Replace("\r\n", "\n").Split('\n'))
        {
            var indent = first ? firstIndent : 0;
            var lines = ThaiLineBreaker.Break(part.Trim(), width - indent, width, style.Width);
            for (var i = 0; i < lines.Count; i++)
                Line(style, lines[i], left + (i == 0 ? indent : 0));
            first = false;
        }
    }

    public void Dispose()
    {
        if (_document is null)
        {
            _canvas?.Dispose();
            return;
        }

        _document.EndPage();
        _document.Close();
        _document.Dispose();
    }

    private float ContentTop => PageCount == 1 ? OfficialForm.Top : OfficialForm.Top + _numberStyle.LineHeight * 1.5f;

    private void NewPage()
    {
        if (_document is null)
        {
            _canvas?.Dispose();
            _canvas = new SKNoDrawCanvas((int)OfficialForm.PageWidth, (int)OfficialForm.PageHeight);
        }
        else
        {
            if (_canvas is not null)
                _document.EndPage();
            _canvas = _document.BeginPage(OfficialForm.PageWidth, OfficialForm.PageHeight);
        }

        PageCount++;
        if (PageCount > 1)
        {
            var number = $"- {ThaiDigits.ToThai(PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture))} -";
            _numberStyle.Draw(_canvas, number, (OfficialForm.Left + OfficialForm.Right - _numberStyle.Width(number)) / 2, OfficialForm.Top + _numberStyle.Ascent);
        }
        Y = ContentTop;
    }
}
