using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Workflow.Web.Sealing;

/// <summary>
/// Appends a signature to a PDF as an incremental update (ISO 32000-1 §7.5.6): the renderer's bytes stay untouched,
/// and after them come the signature dictionary, its field widget, the AcroForm (/SigFlags 3), the catalog pointing
/// at it, a new xref section and trailer. /Contents is a zero-filled placeholder the caller fills once the
/// /ByteRange (everything but that hex string) is known.
/// </summary>
public static partial class PdfIncrementalUpdate
{
    public const int ContentsBytes = 16384;
    private const string RangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    /// <summary>The file with the placeholder, and where its /Contents hex string starts and ends (after the '&gt;').</summary>
    public static (byte[] Pdf, int ContentsStart, int ContentsEnd) Prepare(byte[] original, DateTimeOffset signedAt)
    {
        var text = Encoding.Latin1.GetString(original);
        var trailer = TrailerPattern().Matches(text) is { Count: > 0 } found ? found[^1].Groups[1].Value : throw Unsupported("no trailer");
        var root = RefPattern("Root").Match(trailer) is { Success: true } r ? int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture) : throw Unsupported("no /Root");
        var size = SizePattern().Match(trailer) is { Success: true } s ? int.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture) : throw Unsupported("no /Size");
        var previous = StartXrefPattern().Matches(text) is { Count: > 0 } x ? x[^1].Groups[1].Value : throw Unsupported("no startxref");
        var catalog = CatalogBody(text, root);
        int signature = size, field = size + 1, form = size + 2;

        var update = new StringBuilder(original[^1] == '\n' ? "" : "\n");
        var offsets = new SortedDictionary<int, long>();
        void Object(int number, string body)
        {
            offsets[number] = original.Length + Encoding.Latin1.GetByteCount(update.ToString());
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var time = signedAt.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Object(signature, $"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (D:{time}Z) "
            + $"/ByteRange {RangePlaceholder} /Contents <{new string('0', ContentsBytes * 2)}> >>");
        Object(field, $"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Seal) /V {signature} 0 R /F 132 /Rect [0 0 0 0] >>");
        Object(form, $"<< /Fields [{field} 0 R] /SigFlags 3 >>");
        Object(root, $"<<{catalog} /AcroForm {form} 0 R >>");

        var xref = original.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets)
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        var info = RefPattern("Info").Match(trailer) is { Success: true } i ? $" /Info {i.Groups[1].Value} 0 R" : "";
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size + 3} /Root {root} 0 R{info} /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n");

        var pdf = original.Concat(Encoding.Latin1.GetBytes(update.ToString())).ToArray();
        var whole = Encoding.Latin1.GetString(pdf);
        var start = whole.LastIndexOf("/Contents <", StringComparison.Ordinal) + "/Contents ".Length;
        var end = start + ContentsBytes * 2 + 2;
        var range = $"[0 {start} {end} {pdf.Length - end}]".PadRight(RangePlaceholder.Length);
        var at = whole.LastIndexOf(RangePlaceholder, StringComparison.Ordinal);
        Encoding.ASCII.GetBytes(range).CopyTo(pdf, at);
        return (pdf, start, end);
    }

    /// <summary>What is inside the catalog's &lt;&lt; &gt;&gt;, to be written again with /AcroForm added.</summary>
    private static string CatalogBody(string text, int root)
    {
        var header = new Regex($@"(?<![0-9]){root}\s+0\s+obj\s*<<").Matches(text);
        if (header.Count == 0)
            throw Unsupported("no catalog object");
        var start = header[^1].Index + header[^1].Length;
        var depth = 1;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<') { depth++; i++; }
            else if (text[i] == '>' && text[i + 1] == '>' && --depth == 0)
            {
                var body = text[start..i];
                return body.Contains("/AcroForm", StringComparison.Ordinal) ? throw Unsupported("already has a form") : body;
            }
        }
        throw Unsupported("unterminated catalog");
    }

    private static InvalidOperationException Unsupported(string why) => new($"The PDF cannot be sealed: {why}.");

    private static Regex RefPattern(string key) => new($@"/{key}\s+([0-9]+)\s+0\s+R");

    [GeneratedRegex(@"trailer\s*<<(.*?)>>\s*startxref", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"/Size\s+([0-9]+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"startxref\s+([0-9]+)")]
    private static partial Regex StartXrefPattern();
}
