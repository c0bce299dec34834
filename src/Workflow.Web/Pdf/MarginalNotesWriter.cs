namespace Workflow.Web.Pdf;

/// <summary>
/// The marginal notes (เกษียณหนังสือ) under the memo, one under another in a column as they are written down the margin:
/// the addressed line and the note from the column's left, the signature lines from "(name)" on centred in the column.
/// One column keeps the notes in reading order for text extraction and screen readers; a note never splits across pages.
/// </summary>
public sealed class MarginalNotesWriter(SheetPages pages, TextStyle style)
{
    private const float ColumnWidth = OfficialForm.TextWidth * 0.7f;

    public void Write(IReadOnlyList<IReadOnlyList<string>> notes)
    {
        if (notes.Count > 0)
            pages.Y += style.LineHeight / 2;
        foreach (var note in notes)
        {
            var lines = Lay(note);
            pages.Reserve(lines.Count * style.LineHeight);
            foreach (var (text, centred) in lines)
                pages.Line(style, text, centred ? OfficialForm.Left + (ColumnWidth - style.Width(text)) / 2 : OfficialForm.Left);
            pages.Y += style.LineHeight / 2;
        }
    }

    /// <summary>The note's lines wrapped to the column; a line is centred once the signature has begun.</summary>
    private List<(string Text, bool Centred)> Lay(IReadOnlyList<string> note)
    {
        var laid = new List<(string, bool)>();
        var signature = false;
        foreach (var line in note)
        {
            signature = signature || line.StartsWith('(');
            foreach (var part in ThaiLineBreaker.Break(line, ColumnWidth, ColumnWidth, style.Width))
                laid.Add((part, signature));
        }
        return laid;
    }
}
