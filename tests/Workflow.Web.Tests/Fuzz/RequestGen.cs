using System.Text;
using CsCheck;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Generates requests across every API endpoint (Features/*.cs, Public/PublicEndpoints.cs) and random paths:
/// random methods, credentials, headers, content types and bodies. A request that may authenticate and reaches a
/// write endpoint with a real target always carries a defective body, so no generated request may write.
/// </summary>
public sealed class RequestGen(FuzzTargets targets)
{
    private readonly PathSegments _segments = new(targets);

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FUZZ", "get", "post"];

    private static readonly string[] Utf8JsonTypes = ["application/json", "application/json; charset=utf-8", "application/problem+json", "application/vnd.fuzz+json"];

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (3, Gen.OneOf<string?>(Utf8JsonTypes)),
        (1, Gen.OneOf<string?>("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data",
            null, "", "*/*", "no/such/type;;;", "application/json; charset=latin1", "application/json; charset=utf-16", "application/json; charset=no-such-charset",
            "APPLICATION/JSON", "application/json-patch+json", "text/json")));

    private static readonly Gen<(string, string)> Header = Gen.OneOf(
        Gen.OneOf("application/json", "text/html", "application/xml", "*/*", "application/problem+json", "text/plain;q=0.1, garbage;;", "image/*", "")
            .Select(v => ("Accept", v)),
        Gen.OneOf("th", "en", "xx-YY;q=abc", new string('a', 5_000)).Select(v => ("Accept-Language", v)),
        Gen.OneOf(".Workflow.Session=garbage", ".AspNetCore.Culture=c=xx|uic=yy", ".Workflow.Antiforgery=x; a=b", new string('c', 8_000) + "=1")
            .Select(v => ("Cookie", v)),
        Gen.OneOf("https://evil.invalid", "null").Select(v => ("Origin", v)),
        Gen.OneOf("127.0.0.1", "not-an-ip, ::1", "<script>").Select(v => ("X-Forwarded-For", v)),
        Gen.OneOf("evil.invalid", "").Select(v => ("X-Forwarded-Host", v)),
        Gen.OneOf("DELETE", "PUT").Select(v => ("X-HTTP-Method-Override", v)),
        Gen.OneOf("bytes=0-0", "bytes=999999-", "bytes=-1", "garbage").Select(v => ("Range", v)),
        Gen.OneOf("gzip", "br", "identity, x").Select(v => ("Content-Encoding", v)),
        Gen.OneOf("100-continue", "nonsense").Select(v => ("Expect", v)),
        HostileText.Any.Select(v => ("User-Agent", v.Replace('\r', ' ').Replace('\n', ' '))),
        Gen.OneOf("Sat, 29 Oct 1994 19:43:31 GMT", "yesterday").Select(v => ("If-Modified-Since", v)));

    private Gen<FuzzAuth> Auth => Gen.Select(Gen.OneOf(targets.Tokens.ToArray()), Gen.Int[1, 1_000]).SelectMany((user, n) =>
    {
        var token = user.Value;
        var flipAt = token.Length / 2;
        var tampered = token[..flipAt] + (token[flipAt] == 'A' ? 'B' : 'A') + token[(flipAt + 1)..];
        return Gen.Frequency<FuzzAuth>(
            (30, Gen.Const(new FuzzAuth($"valid:{user.Key}", [$"Bearer {token}"], MayAuthenticate: true))),
            (3, Gen.Const(new FuzzAuth($"lowercase-scheme:{user.Key}", [$"bearer {token}"], MayAuthenticate: true))),
            (2, Gen.Const(new FuzzAuth("double-space", [$"Bearer  {token}"], MayAuthenticate: true))),
            (2, Gen.Const(new FuzzAuth("two-authorization-values", ["Bearer garbage", $"Bearer {token}"], MayAuthenticate: true))),
            (12, Gen.Const(FuzzAuth.None)),
            (3, HostileText.Plain.Select(g => new FuzzAuth("garbage-token", [$"Bearer garbage-{g}-{n}"]))),
            (2, Gen.OneOf("Bearer", "Bearer ", "", "Negotiate abc", "Digest x").Select(a => new FuzzAuth("empty-or-other-scheme", [a]))),
            (2, Gen.Const(new FuzzAuth("basic-with-demo-password", [$"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user.Key}:Demo-1234!"))}"]))),
            (3, Gen.Const(new FuzzAuth("tampered-token", [$"Bearer {tampered}"]))),
            (2, Gen.Const(new FuzzAuth("truncated-token", [$"Bearer {token[..(token.Length / 2)]}"]))),
            (1, Gen.Const(new FuzzAuth("huge-token", [$"Bearer {new string('A', 20_000 + n)}"]))),
            (2, Gen.Const(new FuzzAuth("token-in-query", [], Query: $"access_token={Uri.EscapeDataString(token)}"))),
            (2, Gen.Const(new FuzzAuth("token-as-cookie", [], Cookie: $".Workflow.Session={token}"))),
            (1, Gen.Const(new FuzzAuth("token-in-other-header", [], OtherHeader: $"Bearer {token}"))),
            (1, Gen.Const(new FuzzAuth("token-with-other-scheme", [$"Token {token}"]))));
    });

    private Gen<(string Name, string Method, string Path)> Endpoint
    {
        get
        {
            var doc = _segments.Document;
            (int, Gen<(string, string, string)>) E(int weight, string name, string method, Gen<string> path) =>
                (weight, path.Select(p => (name, method, p)));
            return Gen.Frequency(
                E(6, "login", "POST", Gen.Const("/api/auth/login")),
                E(8, "create", "POST", Gen.Const("/api/documents")),
                E(8, "update", "PUT", doc.Select(d => $"/api/documents/{d}")),
                E(5, "get", "GET", doc.Select(d => $"/api/documents/{d}")),
                E(4, "verify", "GET", doc.Select(d => $"/api/documents/{d}/audit/verify")),
                E(14, "action", "POST", Gen.Select(doc, PathSegments.Action).Select((d, a) => $"/api/documents/{d}/{a}")),
                E(8, "upload", "POST", doc.Select(d => $"/api/documents/{d}/attachments")),
                E(4, "download", "GET", Gen.Select(doc, _segments.Attachment).Select((d, a) => $"/api/documents/{d}/attachments/{a}")),
                E(4, "remove", "DELETE", Gen.Select(doc, _segments.Attachment).Select((d, a) => $"/api/documents/{d}/attachments/{a}")),
                E(3, "messages", "GET", doc.Select(d => $"/api/documents/{d}/messages")),
                E(4, "inbox", "GET", PathSegments.LimitQuery.Select(q => "/api/inbox" + q)),
                E(4, "mine", "GET", PathSegments.LimitQuery.Select(q => "/api/documents/mine" + q)),
                E(2, "routes", "GET", Gen.Const("/api/routes")),
                E(2, "me", "GET", Gen.Const("/api/me")),
                E(6, "public-list", "GET", PathSegments.PublicQuery.Select(q => "/public/api/memos" + q)),
                E(5, "public-get", "GET", _segments.Publication.Select(p => $"/public/api/memos/{p}")),
                E(2, "public-feed", "GET", Gen.OneOf("/public/feed.atom", "/public/feed.atom?x=%00", "/public/feed.atom/")),
                E(4, "public-attachment", "GET", Gen.Select(_segments.Publication, _segments.Attachment).Select((p, a) => $"/public/memos/{p}/attachments/{a}")),
                E(5, "random-path", "GET", Gen.Select(Gen.OneOf("api", "public", "public/api", "API", "api/documents", "public/memos"), PathSegments.Junk.Array[1, 4])
                    .Select((root, junk) => $"/{root}/{string.Join("/", junk)}")));
        }
    }

    /// <summary>Versions no memo has (negative, too large) or that are no number: never an empty value, which means "no check".</summary>
    private static readonly Gen<string> BadVersionQuery =
        Gen.OneOf("-1", "-2147483648", "abc", "1.5", "2147483648", "1e3", "%00", "1,2", "NaN").Select(v => $"version={v}");

    private static Gen<string> Method(string usual) => Gen.Frequency((8, Gen.Const(usual)), (2, Gen.OneOf(Methods)));

    /// <summary>Upper-cased paths, a trailing slash, or an extra junk query: the routing must treat them alike.</summary>
    private static Gen<string> Variant(string path) => Gen.Frequency(
        (16, Gen.Const(path)),
        (1, Gen.Const(path.ToUpperInvariant())),
        (1, Gen.Const(path.Contains('?') ? path : path + "/")),
        (2, PathSegments.JunkParams.Select(q => path + (path.Contains('?') ? "&" : "?") + q)));

    public Gen<FuzzRequest> Requests =>
        Endpoint.SelectMany(e => Gen.Select(Method(e.Method), Variant(e.Path), Auth, Header.Array[0, 3])
            .SelectMany((method, path, auth, headers) =>
            {
                var uri = new Uri(FuzzRequest.Base, path);
                var (write, real) = WriteTargets.Classify(method, uri, [.. targets.DocumentIds]);
                var mustBeDefective = write == WriteKind.Login || (write != WriteKind.None && real && auth.MayAuthenticate);
                // A DELETE carries no body to spoil: its defect is a version that cannot match.
                if (write == WriteKind.Remove)
                {
                    return Gen.Select(Body(method, WriteKind.None, false), BadVersionQuery).Select((body, version) =>
                        new FuzzRequest(e.Name, method, mustBeDefective ? path + (path.Contains('?') ? "&" : "?") + version : path, auth, headers, body, write));
                }

                return Body(method, write, mustBeDefective).Select(body => new FuzzRequest(e.Name, method, path, auth, headers, body, write));
            }));

    private static Gen<FuzzBody> Body(string method, WriteKind write, bool mustBeDefective)
    {
        if (mustBeDefective)
        {
            var defective = JsonBodies.Defective(write);
            // Another charset could turn invalid UTF-8 into valid text, and form bodies keep their own content type.
            return write == WriteKind.Upload
                ? defective
                : defective.SelectMany(b => b.NeedsUtf8 ? Gen.OneOf(Utf8JsonTypes).Select(b.As) : Gen.Frequency((4, Gen.Const(b)), (1, ContentType.Select(b.As))));
        }

        var any = Gen.Frequency((3, JsonBodies.Anything), (1, JsonBodies.Anything.SelectMany(b => ContentType.Select(b.As))));
        return method.ToUpperInvariant() is "GET" or "HEAD" ? Gen.Frequency((6, Gen.Const(FuzzBody.None)), (1, any)) : any;
    }
}
