using System.Text;
using CsCheck;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Path segments and query values: the real ids in every format Guid.TryParse takes, ids of the wrong kind,
/// random guids, and junk (not guids, huge numbers, traversal, encodings the server must decode).
/// </summary>
public sealed class PathSegments(FuzzTargets targets)
{
    private static readonly string[] GuidFormats = ["D", "N", "B", "P", "X"];

    public static readonly string[] Actions = ["submit", "endorse", "return", "refuse", "withdraw", "sign"];

    /// <summary>Sent as they are, unescaped: the server's own decoding is under test.</summary>
    private static readonly Gen<string> RawJunk = Gen.OneOf("..", ".", "%2e%2e", "%2F", "%00", "%zz", "%", ";x=1", "~", "a%20b", "%C0%AE", "%E0%B8");

    private static readonly Gen<string> EncodedJunk = Gen.Frequency(
        (3, Gen.OneOf("0", "-1", "1", "99999999999999999999", "1e309", "0x10", "NaN", "null", "true", "{}", "[]", "mine", "attachments", "audit", " ")),
        (3, HostileText.Any),
        (1, Gen.Guid.Select(g => g.ToString()[..^1] + "g")),
        (1, Gen.Guid.Select(g => g + "x")),
        (1, Gen.Guid.Select(g => g.ToString()[..20])),
        (1, Gen.Int[1_000, 20_000].Select(n => new string('a', n))),
        (1, Gen.Const(Guid.Empty.ToString())));

    public static readonly Gen<string> Junk = Gen.Frequency((1, RawJunk), (4, EncodedJunk.Select(Encode)));

    /// <summary>Percent-encodes every byte of the UTF-8 form except unreserved ASCII; lone surrogates become U+FFFD.</summary>
    public static string Encode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
                encoded.Append((char)b);
            else
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return encoded.ToString();
    }

    private static Gen<string> Formatted(IReadOnlyList<Guid> ids) =>
        Gen.Select(Gen.OneOf([.. ids]), Gen.OneOf(GuidFormats), Gen.Bool).Select((id, format, upper) =>
        {
            var text = id.ToString(format);
            return Encode(upper ? text.ToUpperInvariant() : text);
        });

    public Gen<string> Document => Gen.Frequency(
        (5, Formatted(targets.DocumentIds)),
        (1, Formatted([targets.PublicationId, .. targets.Attachments])),
        (2, Gen.Guid.Select(g => g.ToString())),
        (3, Junk));

    public Gen<string> Publication => Gen.Frequency(
        (4, Formatted([targets.PublicationId])),
        (3, Formatted(targets.DocumentIds)),
        (2, Gen.Guid.Select(g => g.ToString())),
        (2, Junk));

    public Gen<string> Attachment => Gen.Frequency(
        (4, Formatted(targets.Attachments)),
        (1, Formatted(targets.DocumentIds)),
        (2, Gen.Guid.Select(g => g.ToString())),
        (2, Junk));

    public static readonly Gen<string> Action = Gen.Frequency(
        (6, Gen.OneOf(Actions)),
        (1, Gen.OneOf(Actions).Select(a => a.ToUpperInvariant())),
        (1, Gen.OneOf(Actions).Select(a => char.ToUpperInvariant(a[0]) + a[1..])),
        (2, Gen.OneOf("approve", "delete", "publish", "sign2", "endorse.json", "endorse%00", "submit%20", "verify")),
        (1, Junk));

    private static readonly Gen<string> IntLike = Gen.Frequency(
        (4, Gen.OneOf("abc", "-1", "0", "1", "5", "100", "500", "501", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "99999999999999999999", "1e3", "1.5", "", " 1", "0x1F", "٣", "๓", "1,2", "+1", "--1", "21474837", "21474838", "NaN").Select(Encode)),
        (1, Gen.OneOf("%00", "%zz", "%", "1;2", "1+1")),
        (1, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static Gen<string?> Optional(Gen<string> gen) => Gen.Frequency((1, Gen.Const((string?)null)), (1, gen.Select(s => (string?)s)));

    private static Gen<string> Param(string name) => IntLike.Select(v => $"{name}={v}");

    public static readonly Gen<string> JunkParams = Gen.Select(HostileText.Any.Select(Encode), HostileText.Any.Select(Encode))
        .Select((k, v) => $"{k}={v}").Array[1, 3].Select(p => string.Join("&", p));

    public static readonly Gen<string> LimitQuery = Gen.Frequency(
        (2, Gen.Const("")),
        (4, Param("limit").Select(p => "?" + p)),
        (1, Gen.Const("?limit=1&limit=2")),
        (1, JunkParams.Select(p => "?" + p)));

    private static readonly Gen<string> Search = Gen.Frequency(
        (3, HostileText.Mixed.Select(Encode)),
        (1, HostileText.Huge.Select(h => Encode(h[..Math.Min(h.Length, 20_000)]))),
        (1, Gen.OneOf("%", "_", "%25", "%5B", "'", "%27%20OR%201%3D1", "53801", "%E0%B9%95")));

    public static readonly Gen<string> PublicQuery =
        Gen.Select(Optional(Search.Select(q => "q=" + q)), Optional(Param("page")), Optional(Param("pageSize")), Optional(JunkParams))
            .Select((q, page, size, junk) =>
            {
                var parts = new[] { q, page, size, junk }.Where(p => p is not null).ToList();
                return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
            });
}
