using System.Globalization;
using System.Text;

namespace Workflow.Web.Application;

/// <summary>
/// A display name for an uploaded file: no folders, no control or invisible format characters, bounded length,
/// and always ending in ".pdf" (the content was checked to be a PDF, so the name must not promise anything else).
/// </summary>
public static class SafeFileName
{
    private const int MaxLength = 150;
    private const string Extension = ".pdf";

    public static string From(string? uploaded)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        // What a name cannot carry is dropped, not refused, since the file itself is fine: format characters include
        // the bidi overrides (U+202E) that make "fdp.exe" display as "exe.pdf"; noncharacters and lone surrogates (read
        // as U+FFFD here) would break XML. Then cleaned as every text field is (ADR 10: NFC, blank-looking text).
        name = string.Concat(name.EnumerateRunes().Where(r => Workflow.Core.Text.PlainTextRules.IsCharacter(r.Value)
            && !Rune.IsControl(r) && Rune.GetUnicodeCategory(r) != UnicodeCategory.Format
            && r.Value is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).Select(r => r.ToString()));
        name = Workflow.Core.Text.PlainTextRules.Clean(name, multiline: false).Trim(' ', '.');
        // "report.cmd" that starts with %PDF- is served as "report.cmd.pdf": it opens as what it is.
        var hasExtension = name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);
        var extension = hasExtension ? name[^Extension.Length..] : Extension;
        var stem = Truncate(hasExtension ? name[..^Extension.Length] : name, MaxLength - Extension.Length).TrimEnd(' ', '.');
        return stem.Length == 0 ? "attachment.pdf" : stem + extension;
    }

    /// <summary>
    /// A name already stored, as shown and frozen in a snapshot: only the ".pdf" ending is added when missing (rows
    /// stored before the rule). The name is text to the pages, which encode it; it is not cleaned again.
    /// </summary>
    public static string EndingInPdf(string stored) =>
        stored.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? stored : stored + Extension;

    /// <summary>At most that many UTF-16 units, never cutting a surrogate pair in two.</summary>
    private static string Truncate(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
