using CsCheck;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// How a post presents its anti-forgery token: the real one (form field or header), none, another person's, the
/// visitor's, a tampered, cut or invented one, the cookie sent as the token, or the right token with the session or
/// anti-forgery cookie missing, tampered or another person's.
/// </summary>
public static class PageFormTokens
{
    public const string HeaderName = "RequestVerificationToken";

    public static readonly Gen<string> Kind = Gen.Frequency(
        (12, Gen.Const("valid")), (3, Gen.Const("header")), (1, Gen.Const("field-and-header")), (1, Gen.Const("duplicate-field")),
        (3, Gen.Const("missing")), (2, Gen.Const("missing-cookie")), (2, Gen.Const("none")), (2, Gen.Const("other-user")),
        (2, Gen.Const("visitor-token")), (2, Gen.Const("tampered")), (1, Gen.Const("truncated")), (1, Gen.Const("garbage")),
        (1, Gen.Const("empty")), (1, Gen.Const("in-query")), (1, Gen.Const("cookie-as-token")), (1, Gen.Const("other-cookie")),
        (1, Gen.Const("session-tampered")), (1, Gen.Const("no-session")));

    public sealed record Applied(string Cookie, IReadOnlyList<(string Name, string Value)> Headers, PageFormBody Body, string Path, bool Valid);

    /// <summary>Puts the token (or what stands for it) on the post; <see cref="Applied.Valid"/> says whether the service may accept it.</summary>
    public static Applied Apply(string kind, IReadOnlyDictionary<string, PageFormSession> sessions, PageFormSession s, PageFormBody body, string path, string noise)
    {
        var other = sessions[s.User == Demo.Legal ? Demo.Section : Demo.Legal];
        var visitor = sessions[Demo.Anonymous];
        var anonymous = s.SessionCookie is null;
        Applied Field(string token, string? cookie = null, bool valid = false) =>
            new(cookie ?? s.Cookies(), [], body.With(PageFormSession.TokenField, token), path, valid);
        return kind switch
        {
            "valid" => Field(s.Token, valid: true),
            "header" => new(s.Cookies(), [(HeaderName, s.Token)], body, path, true),
            "field-and-header" => new(s.Cookies(), [(HeaderName, s.Token)], body.With(PageFormSession.TokenField, s.Token), path, true),
            "duplicate-field" => new(s.Cookies(), [], body with { Fields = [.. body.Fields, (PageFormSession.TokenField, s.Token), (PageFormSession.TokenField, "CfDJ8" + noise)] }, path, true),
            "missing" => new(s.Cookies(), [], body, path, false),
            "missing-cookie" => Field(s.Token, s.Cookies(antiforgery: false)),
            "none" => new(s.Cookies(antiforgery: false), [], body, path, false),
            "other-user" => Field(other.Token),
            "visitor-token" => Field(visitor.Token, string.Join("; ", new[] { s.Cookies(antiforgery: false), visitor.Cookies() }.Where(c => c.Length > 0)), valid: anonymous),
            "tampered" => Field(Flip(s.Token)),
            "truncated" => Field(s.Token[..(s.Token.Length / 2)]),
            "garbage" => Field("CfDJ8" + noise),
            "empty" => Field(""),
            "in-query" => new(s.Cookies(), [], body, path + (path.Contains('?') ? "&" : "?") + $"{PageFormSession.TokenField}={Uri.EscapeDataString(s.Token)}", false),
            "cookie-as-token" => Field(s.AntiforgeryCookie),
            "other-cookie" => Field(s.Token, (s with { AntiforgeryCookie = other.AntiforgeryCookie }).Cookies()),
            "session-tampered" => Field(s.Token, (s with { SessionCookie = Flip(s.SessionCookie ?? "CfDJ8garbage-session") }).Cookies(), valid: anonymous),
            "no-session" => Field(s.Token, s.Cookies(session: false), valid: anonymous),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>Changes one character in the middle, keeping the text base64url.</summary>
    private static string Flip(string token)
    {
        var i = token.Length / 2;
        return token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
    }
}
