using System.Text;
using CsCheck;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Field values for the page forms: clean text that every field accepts, and defects a field must refuse (missing,
/// empty or blank once cleaned, too short, too long, markup, control, text-direction or noncharacters), files that are no acceptable PDF,
/// and the noise (unknown fields, headers) that travels with either and is harmless alone.
/// </summary>
public static class PageFormFields
{
    public static readonly string[] MemoFields = ["Input.Issuer", "Input.Subject", "Input.Salutation", "Input.Body"];

    public static readonly IReadOnlyDictionary<string, int> MaxLength = new Dictionary<string, int>
    {
        ["Input.Issuer"] = 200, ["Input.Subject"] = 300, ["Input.Salutation"] = 200, ["Input.Body"] = 20_000, ["Input.Note"] = 2_000,
        ["Input.UserName"] = 256, ["Input.Password"] = 256,
    };

    /// <summary>Every name a page binds, with or without the "Input." prefix: an extra field is never one of them.</summary>
    private static readonly HashSet<string> Known = new(
        ["RouteId", "Issuer", "Subject", "Salutation", "Body", "File", "Version", "Action", "Note", "UserName", "Password", "ReturnUrl", "culture",
         "handler", "Input", PageFormSession.TokenField],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Plain Thai and Latin text, at least two visible characters, within every limit; now and then with
    /// invisible characters in it, which the field accepts and removes (ADR 10).</summary>
    public static readonly Gen<string> Clean = Gen.Frequency(
        (5, Gen.String[Gen.Char[CleanCharacters], 0, 60].Select(s => $"ก{s}ข")),
        (1, Gen.Select(Gen.String[Gen.Char[CleanCharacters], 0, 60], Gen.OneOf(HostileText.Removed).Array[1, 3])
            .Select((s, invisible) => $"ก{invisible[0]}{s}{string.Concat(invisible[1..])}ข")));

    private const string CleanCharacters = "abcxyz ABC0123456789-_.,()/กขคงจฉชซญฎฏทธนบปผพภมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋๑๒๓";

    /// <summary>Thai paragraphs with line breaks, as a body or a note may have them.</summary>
    public static readonly Gen<string> CleanLines = Clean.Array[1, 4].Select(p => string.Join("\n\n", p));

    public static readonly Gen<string> Bidi = Gen.OneOf("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069");

    /// <summary>A value the memo field (or the note) must refuse, or null for "left out", and the defect's name.</summary>
    public static Gen<(string? Value, string Defect)> Refused(string field)
    {
        var max = MaxLength[field];
        var around = Gen.Select(Clean, Clean);
        var content = Gen.Frequency(
            (3, Gen.Select(around, Gen.OneOf(HostileText.Markup)).Select((c, m) => ((string?)(c.Item1 + m + c.Item2), "markup"))),
            (2, Gen.Select(around, Gen.OneOf(HostileText.Controls)).Select((c, x) => ((string?)(c.Item1 + x + c.Item2), "control character"))),
            (2, Gen.Select(around, Bidi).Select((c, b) => ((string?)(c.Item1 + b + c.Item2), "text-direction character"))),
            (2, Gen.Select(around, Gen.OneOf(HostileText.Noncharacters)).Select((c, n) => ((string?)(c.Item1 + n + c.Item2), "noncharacter"))),
            (2, Gen.Int[max + 1, max + 3_000].Select(n => ((string?)new string('ก', n), "too long"))),
            (1, Gen.Int[100_000, 150_000].Select(n => ((string?)new string('x', n), "far too long"))));
        if (field == "Input.Note")
            return content;
        return Gen.Frequency(
            (8, content),
            (1, Gen.Const(((string?)null, "missing"))),
            (1, Gen.OneOf("", " ", "\n\n ").Select(v => ((string?)v, "empty"))),
            (1, Gen.OneOf("ก", "x", "ก\u200b", "\ufeffx\u3164").Select(v => ((string?)v, "too short"))),
            (1, HostileText.Blank.Select(v => ((string?)v, "blank once cleaned"))));
    }

    public static readonly Gen<string> BadVersion = Gen.OneOf("abc", "1.5", "99999999999", "-99999999999", "๑", "1e3", "1;2", "<script>", "one");

    public static PageFormFile Pdf() => new("Input.File", "รายงาน.pdf", "application/pdf", Infrastructure.TestPdf.Small());

    /// <summary>A file part the memo form must refuse: not a PDF inside, declared as something else, too large (an empty part is no file at all).</summary>
    public static readonly Gen<(PageFormFile File, string Defect)> BadFile = Gen.Select(
        Gen.Frequency((3, Gen.Const("รายงาน.pdf")), (1, HostileText.Mixed.Select(n => n + ".pdf")), (1, Gen.OneOf("../../etc/passwd", "a\u202efdp.exe", "", "con.pdf"))),
        Gen.Frequency(
            (3, Gen.OneOf("MZ\u0090\0", "<html><script>alert(1)</script>", " %PDF-1.4", "%PDX-1.4", "PK\u0003\u0004", "GIF89a")
                .Select(b => ("application/pdf", Encoding.UTF8.GetBytes(b), "not a PDF"))),
            (2, Gen.OneOf("text/plain", "application/octet-stream", "image/png", "application/x-pdf", "").Select(t => (t, Infrastructure.TestPdf.Small(), "declared other than PDF"))),
            (1, Gen.Int[1, 20_000].Select(n => ("application/pdf", Infrastructure.TestPdf.Small((int)WorkflowApp.MaxAttachmentBytes + n), "too large")))))
        .Select((name, f) => (new PageFormFile("Input.File", name, f.Item1, f.Item2), f.Item3));

    /// <summary>Fields no page binds, with hostile names and values: harmless alone.</summary>
    public static readonly Gen<(string Name, string Value)[]> Extras = Gen.Frequency(
        (6, Gen.Select(HostileText.Any.Where(n => n.Length > 0 && !IsKnown(n)), HostileText.Mixed).Array[0, 3]),
        (1, Gen.Const(new[] { ("Input.Unknown", "x"), ("Input.Id", Guid.NewGuid().ToString()), ("Input.AuthorId", "legal") })));

    public static readonly Gen<(string Name, string Value)[]> Headers = Gen.Frequency(
        (6, Gen.Const(Array.Empty<(string, string)>())),
        (1, Gen.OneOf(("Origin", "https://evil.invalid"), ("Referer", "https://evil.invalid/form"), ("X-HTTP-Method-Override", "DELETE"),
            ("Accept-Language", "en;q=abc, xx"), ("X-Requested-With", "XMLHttpRequest"), ("Accept", "application/json"), ("Sec-Fetch-Site", "cross-site"))
            .Array[1, 3]));

    private static bool IsKnown(string name)
    {
        var bare = name.StartsWith("Input.", StringComparison.OrdinalIgnoreCase) ? name[6..] : name;
        return Known.Contains(name) || Known.Contains(bare) || bare.Contains('[') || bare.Contains('.');
    }
}
