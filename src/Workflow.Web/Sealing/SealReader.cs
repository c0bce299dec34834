using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Workflow.Web.Sealing;

/// <summary>
/// Reads the last signature of a PDF someone hands in: its /ByteRange, the CMS in the gap, whether the signature
/// verifies over the ranges, whether the ranges cover the file, and whose certificate made it. Any input, however
/// broken, gets an answer: the verify page takes files from anybody.
/// </summary>
public static partial class SealReader
{
    public static SealCheck Check(ReadOnlySpan<byte> pdf, X509Certificate2 ours)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var ranges = ByteRangePattern().Matches(text);
        if (ranges.Count == 0)
            return SealCheck.None;
        var found = ranges[^1];
        var signedAt = SigningTime(text, found.Index);
        if (!TryRange(found, pdf.Length, out var a, out var b, out var c))
            return new SealCheck(true, false, false, false, null, signedAt);
        var covers = b + c == pdf.Length;
        try
        {
            var cms = Decode(pdf[(int)a..(int)b]);
            var signed = new byte[a + c];
            pdf[..(int)a].CopyTo(signed);
            pdf.Slice((int)b, (int)c).CopyTo(signed.AsSpan((int)a));
            var document = new SignedCms(new ContentInfo(signed), detached: true);
            document.Decode(cms);
            if (document.SignerInfos.Count != 1 || document.SignerInfos[0].Certificate is not { } signer)
                return new SealCheck(true, false, covers, false, null, signedAt);
            var byUs = signer.RawDataMemory.Span.SequenceEqual(ours.RawDataMemory.Span);
            var name = signer.GetNameInfo(X509NameType.SimpleName, false);
            var intact = Verifies(document);
            return new SealCheck(true, intact, covers, byUs, name, signedAt);
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException or FormatException or ArgumentException)
        {
            return new SealCheck(true, false, covers, false, null, signedAt);
        }
    }

    private static bool Verifies(SignedCms document)
    {
        try
        {
            // Signature and message digest only: whether the municipality's certificate is trusted is the reader's
            // business (and the thumbprint check above), not a chain to a root this server happens to hold.
            document.CheckSignature(verifySignatureOnly: true);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The gap must be exactly a hex string: '&lt;', hex digits, '&gt;'; the DER inside ends before the zero padding.</summary>
    private static byte[] Decode(ReadOnlySpan<byte> gap)
    {
        if (gap.Length < 2 || gap[0] != '<' || gap[^1] != '>')
            throw new FormatException("The signature gap is not a hex string.");
        var bytes = Convert.FromHexString(Encoding.ASCII.GetString(gap[1..^1]));
        AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.BER, out _, out _, out var consumed);
        return bytes[..consumed];
    }

    private static bool TryRange(Match found, int length, out long a, out long b, out long c)
    {
        a = b = c = 0;
        var ok = long.TryParse(found.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var zero)
            & long.TryParse(found.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out a)
            & long.TryParse(found.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out b)
            & long.TryParse(found.Groups[4].Value, NumberStyles.None, CultureInfo.InvariantCulture, out c);
        return ok && zero == 0 && a > 0 && b > a && c >= 0 && b + c <= length;
    }

    private static DateTimeOffset? SigningTime(string text, int rangeAt)
    {
        var from = Math.Max(0, rangeAt - 1024);
        var time = SigningTimePattern().Matches(text.Substring(from, Math.Min(text.Length - from, 2048)));
        return time.Count > 0 && DateTimeOffset.TryParseExact(time[0].Groups[1].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*([0-9]{1,12})\s+([0-9]{1,12})\s+([0-9]{1,12})\s+([0-9]{1,12})\s*\]")]
    private static partial Regex ByteRangePattern();

    [GeneratedRegex(@"/M\s*\(D:([0-9]{14})")]
    private static partial Regex SigningTimePattern();
}
