using System.Text;
using System.Text.RegularExpressions;

namespace Workflow.Core.Text;

/// <summary>
/// What a user's text may hold (docs/adr/0010-invisible-and-noncharacter-text.md). <see cref="Clean"/> removes what
/// nobody can see and normalises to NFC, so the stored text is the text shown and searched; <see cref="FindProblem"/>
/// then names what is refused. Clean first, check the cleaned text, store the cleaned text.
/// </summary>
public static partial class PlainTextRules
{
    /// <summary>
    /// Removes invisible characters (Unicode's Default_Ignorable_Code_Point set: zero-width space and joiners,
    /// word joiner, BOM, soft hyphen, Hangul fillers, variation selectors, tag characters, …), turns U+2028/U+2029
    /// into a line break (multi-line) or a space, normalises to NFC and trims. Text that would show as blank
    /// becomes "". Never throws; what it keeps for <see cref="FindProblem"/> to refuse (bidi controls,
    /// noncharacters, lone surrogates) it leaves in place.
    /// </summary>
    public static string Clean(string text, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new StringBuilder(text.Length);
        var normalizable = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[++i]);
                normalizable &= !IsNoncharacter(cp);
                if (!IsInvisible(cp))
                    kept.Append(c).Append(text[i]);
                continue;
            }

            normalizable &= !char.IsSurrogate(c) && !IsNoncharacter(c);
            if (c == '\u2028')
                kept.Append(multiline ? "\n" : " ");
            else if (c == '\u2029')
                kept.Append(multiline ? "\n\n" : " ");
            else if (!IsInvisible(c))
                kept.Append(c);
        }

        // Normalize throws on lone surrogates and noncharacters; FindProblem refuses such text, so it is never stored unnormalised.
        var cleaned = normalizable ? kept.ToString().Normalize(NormalizationForm.FormC) : kept.ToString();
        cleaned = TrimSpace(cleaned);
        return LooksBlank(cleaned) ? "" : cleaned;
    }

    // Control characters that .NET counts as white space (form feed, U+0085, the information separators) are not
    // trimmed away: FindProblem refuses them wherever they stand, at the ends as in the middle.
    private static string TrimSpace(string text)
    {
        static bool Trimmable(char c) => char.IsWhiteSpace(c) && (!char.IsControl(c) || c is '\t' or '\n' or '\r');
        var start = 0;
        var end = text.Length;
        while (start < end && Trimmable(text[start]))
            start++;
        while (end > start && Trimmable(text[end - 1]))
            end--;
        return text[start..end];
    }

    /// <summary>The first reason to refuse the (cleaned) text, or null when it is acceptable.</summary>
    public static TextProblem? FindProblem(string text, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Markup().Match(text) is { Success: true } tag)
            return new TextProblem(TextFault.Markup, '<', tag.Index);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(c, text[i + 1]);
            if (Fault(cp, multiline) is { } fault)
                return new TextProblem(fault, cp, i);
            if (cp > char.MaxValue)
                i++;
        }

        return null;
    }

    /// <summary>Whether XML 1.0 can carry the code point and it is a character at all (not a noncharacter or surrogate).</summary>
    public static bool IsCharacter(int cp) =>
        cp is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF)
        && !IsNoncharacter(cp);

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, … U+10FFFF).</summary>
    public static bool IsNoncharacter(int cp) => cp is >= 0xFDD0 and <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;

    private static TextFault? Fault(int cp, bool multiline)
    {
        if (cp is < 0x20 or (>= 0x7F and <= 0x9F))
            return multiline && cp is '\n' or '\r' or '\t' ? null : TextFault.ControlCharacter;
        if (!IsCharacter(cp))
            return TextFault.NotACharacter;
        return cp is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 ? TextFault.DirectionControl : null;
    }

    // Unicode 16 Default_Ignorable_Code_Point (DerivedCoreProperties.txt), less the bidi controls that are refused
    // instead, plus the interlinear annotation controls U+FFF9–U+FFFB, which can hide the text between them.
    private static bool IsInvisible(int cp) => cp switch
    {
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x2060 and <= 0x2065 => true,
        >= 0x206A and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFFB => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    // Braille pattern blank (U+2800) is a visible character that shows nothing: alone with spaces it is blank.
    private static bool LooksBlank(string text) => text.All(c => c == '\u2800' || char.IsWhiteSpace(c));

    [GeneratedRegex(@"<\s*[/!?a-zA-Z]")]
    private static partial Regex Markup();
}
