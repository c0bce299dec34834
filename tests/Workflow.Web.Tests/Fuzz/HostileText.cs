using CsCheck;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Text that has hurt web services before: markup and script, control characters, bidi overrides and invisible
/// characters, noncharacters, lone surrogates, SQL and format strings, path traversal, Thai and emoji, and very long strings.
/// </summary>
public static class HostileText
{
    public static readonly string[] Markup =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "<!-- x -->", "<?xml version=\"1.0\"?>",
        "< /b>", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil.invalid>", "<style>*{display:none}</style>",
    ];

    /// <summary>Refused by every text field: C0/C1 controls other than the line breaks that body and notes allow.</summary>
    public static readonly string[] Controls = ["\0", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\b", "\f", "\v"];

    /// <summary>Invisible format characters (some accepted, the text-direction ones refused), so they only ever travel with a real defect.</summary>
    public static readonly string[] Invisible =
    [
        "\u202e", "\u202dfdp.exe", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\u061c", "\u2028", "\u2029", "\ufffd", "\ud800", "\udfff",
        "\u2060", "\u00ad", "\u3164", "\u115f\u1160", "\uffa0", "\U000E0041\U000E007F", "\ufe0f", "\u180e",
    ];

    /// <summary>Invisible characters every text field accepts and removes (ADR 10): zero-width space and joiners, BOM, Hangul fillers, tags…</summary>
    public static readonly string[] Removed =
    [
        "\u200b", "\u200c", "\u200d", "\u200e", "\ufeff", "\u2060", "\u00ad", "\u061c", "\u3164", "\u115f", "\u1160", "\uffa0",
        "\U000E0041", "\U000E007F", "\u180e", "\ufe0f", "\U000E0100",
    ];

    /// <summary>Refused by every text field (ADR 10): Unicode noncharacters in several planes; XML cannot carry U+FFFE/U+FFFF.</summary>
    public static readonly string[] Noncharacters = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001FFFE", "\U0001FFFF", "\U000EFFFF", "\U0010FFFF"];

    /// <summary>Text that shows as blank once its invisible characters are removed: refused like a missing field.</summary>
    public static readonly Gen<string> Blank = Gen.OneOf([.. Removed, " ", "\u2800", "\u3000"]).Array[1, 5].Select(parts => string.Concat(parts));

    public static readonly string[] Other =
    [
        "' OR '1'='1' --", "\"; DROP TABLE Documents; --", "{0}{1}%s%n%x", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "%2e%2e%2f",
        "${jndi:ldap://x}", "{{7*7}}", "\r\nSet-Cookie: x=1", "บันทึกข้อความ", "นม ๕๓๘๐๑/๑", "😀👍🏽", "Ａ", "ﷺ", "e\u0301", "null", "undefined", "NaN", "-0",
    ];

    public static readonly Gen<string> Plain = Gen.String[Gen.Char["abcxyz ABC0123456789-_.กขคงจ๑๒๓"], 0, 40];

    public static readonly Gen<string> Any = Gen.Frequency(
        (3, Plain),
        (2, Gen.OneOf(Markup)),
        (2, Gen.OneOf(Controls)),
        (2, Gen.OneOf(Invisible)),
        (1, Gen.OneOf(Noncharacters)),
        (2, Gen.OneOf(Other)),
        (1, Gen.String[0, 60]));

    /// <summary>Long enough to break any length limit; rarely, large enough to be a burden (up to 1 MB of UTF-8).</summary>
    public static readonly Gen<string> Huge = Gen.Frequency(
        (8, Gen.Int[2_001, 30_000].Select(n => new string('ก', n))),
        (1, Gen.Int[300_000, 350_000].Select(n => new string('x', n))));

    /// <summary>A hostile string of several pieces, e.g. Thai text with a bidi override and a tag in it.</summary>
    public static readonly Gen<string> Mixed = Any.Array[1, 4].Select(parts => string.Concat(parts));

    /// <summary>Escapes text as a JSON string literal by hand, so that lone surrogates and controls arrive as written.</summary>
    public static string JsonString(string text)
    {
        var json = new System.Text.StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or (>= '\ud800' and <= '\udfff') => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return json.Append('"').ToString();
    }
}
