using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Workflow.Web.Sealing;

/// <summary>
/// Appends a signature to a PDF as an incremental update (ISO 32000-1 §7.5.6): the renderer's bytes stay untouched,
/// and after them come the signature dictionary, its field widget, the AcroForm (/SigFlags 3), the catalog pointing
/// at it, the first page listing the widget in /Annots, a new xref section and trailer. /Contents is a zero-filled
/// placeholder the caller fills once the /ByteRange (everything but that hex string) is known.
/// </summary>
public static partial class PdfIncrementalUpdate
{
    public const int ContentsBytes = 16384;
    private const string RangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    /// <summary>The file with the placeholder, and where its /Contents hex string starts and ends (after the '&gt;').</summary>
    /// <remarks>
    /// Reads the file once as Latin-1 text (one byte, one char) and writes the update straight into bytes: the
    /// renderer's bytes are copied once, and no copy of the whole file is made as text or byte by byte (a seal
    /// allocated about 1.4 MB and was a fifth of the service's allocations before; README "Performance").
    /// </remarks>
    public static (byte[] Pdf, int ContentsStart, int ContentsEnd) Prepare(byte[] original, DateTimeOffset signedAt)
    {
        var text = Encoding.Latin1.GetString(original);
        var trailer = TrailerPattern().Matches(text) is { Count: > 0 } found ? found[^1].Groups[1].Value : throw Unsupported("no trailer");
        var root = RootRefPattern().Match(trailer) is { Success: true } r ? Number(r) : throw Unsupported("no /Root");
        var size = SizePattern().Match(trailer) is { Success: true } s ? Number(s) : throw Unsupported("no /Size");
        var previous = StartXrefPattern().Matches(text) is { Count: > 0 } x ? x[^1].Groups[1].Value : throw Unsupported("no startxref");
        var objects = ObjectStarts(text);
        var catalog = DictionaryBody(text, objects, root);
        if (catalog.Contains("/AcroForm", StringComparison.Ordinal))
            throw Unsupported("already has a form");
        var page = FirstPage(text, objects, catalog);
        var pageBody = DictionaryBody(text, objects, page);
        int signature = size, field = size + 1, form = size + 2;

        var update = new ArrayBufferWriter<byte>(ContentsBytes * 2 + 4096);
        void Write(string part) => Encoding.Latin1.GetBytes(part, update);
        int Offset() => original.Length + update.WrittenCount;
        var offsets = new SortedDictionary<int, long>();
        void Object(int number, string body)
        {
            offsets[number] = Offset();
            Write(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n"));
        }

        if (original[^1] != '\n')
            Write("\n");
        var time = signedAt.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        offsets[signature] = Offset();
        Write(string.Create(CultureInfo.InvariantCulture, $"{signature} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (D:{time}Z) /ByteRange "));
        var rangeAt = Offset();
        Write(RangePlaceholder + " /Contents ");
        var start = Offset();
        Write("<");
        update.GetSpan(ContentsBytes * 2)[..(ContentsBytes * 2)].Fill((byte)'0');
        update.Advance(ContentsBytes * 2);
        Write("> >>\nendobj\n");
        var end = start + ContentsBytes * 2 + 2;
        // Invisible (/F 132: hidden, locked) and on the first page: readers such as Acrobat list a signature by its widget.
        Object(field, $"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Seal) /V {signature} 0 R /F 132 /Rect [0 0 0 0] /P {page} 0 R >>");
        Object(form, $"<< /Fields [{field} 0 R] /SigFlags 3 >>");
        Object(root, $"<<{catalog} /AcroForm {form} 0 R >>");
        Object(page, $"<<{WithAnnotation(pageBody, field)} >>");

        var xref = Offset();
        var table = new StringBuilder("xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets)
            table.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        var info = InfoRefPattern().Match(trailer) is { Success: true } i ? $" /Info {i.Groups[1].Value} 0 R" : "";
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size + 3} /Root {root} 0 R{info} /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(table.ToString());

        var pdf = new byte[Offset()];
        original.CopyTo(pdf, 0);
        update.WrittenSpan.CopyTo(pdf.AsSpan(original.Length));
        var range = $"[0 {start} {end} {pdf.Length - end}]".PadRight(RangePlaceholder.Length);
        Encoding.ASCII.GetBytes(range).CopyTo(pdf, rangeAt);
        return (pdf, start, end);
    }

    /// <summary>Where the latest definition of each object starts (just after its "&lt;&lt;"), in one pass over the file.</summary>
    private static Dictionary<int, int> ObjectStarts(string text)
    {
        var starts = new Dictionary<int, int>();
        foreach (var header in ObjectHeaderPattern().EnumerateMatches(text))
        {
            var digits = text.AsSpan(header.Index, header.Length);
            var length = digits.IndexOfAnyExceptInRange('0', '9');
            if (int.TryParse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                starts[number] = header.Index + header.Length;
        }
        return starts;
    }

    /// <summary>What is inside the latest definition's &lt;&lt; &gt;&gt; of an object, to be written again with a key added.</summary>
    private static string DictionaryBody(string text, Dictionary<int, int> objects, int number)
    {
        if (!objects.TryGetValue(number, out var start))
            throw Unsupported($"no object {number}");
        var depth = 1;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<') { depth++; i++; }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                // Past both characters: in ">>>>" the middle pair closes nothing.
                if (--depth == 0)
                    return text[start..i];
                i++;
            }
        }
        throw Unsupported($"unterminated object {number}");
    }

    /// <summary>The first page: down the page tree from the catalog's /Pages by each node's first kid.</summary>
    private static int FirstPage(string text, Dictionary<int, int> objects, string catalog)
    {
        var node = PagesRefPattern().Match(catalog) is { Success: true } p ? Number(p) : throw Unsupported("no /Pages");
        for (var depth = 0; depth < 32; depth++)
        {
            var body = DictionaryBody(text, objects, node);
            if (!PagesTypePattern().IsMatch(body))
                return node;
            node = FirstKidPattern().Match(body) is { Success: true } kid ? Number(kid) : throw Unsupported("a page tree node without kids");
        }
        throw Unsupported("a page tree deeper than 32");
    }

    /// <summary>The page dictionary with the widget added to its /Annots array (made when there is none).</summary>
    private static string WithAnnotation(string page, int widget)
    {
        if (AnnotsRefPattern().IsMatch(page))
            throw Unsupported("the first page's /Annots is an indirect object");
        var annots = AnnotsArrayPattern().Match(page);
        return annots.Success
            ? page.Insert(annots.Index + annots.Length, $"{widget} 0 R ")
            : page + $" /Annots [{widget} 0 R]";
    }

    private static int Number(Match m) => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);

    private static InvalidOperationException Unsupported(string why) => new($"The PDF cannot be sealed: {why}.");

    [GeneratedRegex(@"/Root\s+([0-9]+)\s+0\s+R")]
    private static partial Regex RootRefPattern();

    [GeneratedRegex(@"/Info\s+([0-9]+)\s+0\s+R")]
    private static partial Regex InfoRefPattern();

    [GeneratedRegex(@"/Pages\s+([0-9]+)\s+0\s+R")]
    private static partial Regex PagesRefPattern();

    [GeneratedRegex(@"(?<![0-9])[0-9]+\s+0\s+obj\s*<<")]
    private static partial Regex ObjectHeaderPattern();

    [GeneratedRegex(@"trailer\s*<<(.*?)>>\s*startxref", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"/Type\s*/Pages(?![A-Za-z])")]
    private static partial Regex PagesTypePattern();

    [GeneratedRegex(@"/Kids\s*\[\s*([0-9]+)\s+0\s+R")]
    private static partial Regex FirstKidPattern();

    [GeneratedRegex(@"/Annots\s*\[\s*")]
    private static partial Regex AnnotsArrayPattern();

    [GeneratedRegex(@"/Annots\s+[0-9]+\s+0\s+R")]
    private static partial Regex AnnotsRefPattern();

    [GeneratedRegex(@"/Size\s+([0-9]+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"startxref\s+([0-9]+)")]
    private static partial Regex StartXrefPattern();
}
