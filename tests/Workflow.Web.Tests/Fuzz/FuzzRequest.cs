using System.Net.Http.Headers;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>One generated request: method, path and query (already escaped as sent), credentials, headers and body.</summary>
public sealed record FuzzRequest(string Endpoint, string Method, string PathAndQuery, FuzzAuth Auth, IReadOnlyList<(string Name, string Value)> Headers, FuzzBody Body, WriteKind Write)
{
    public static readonly Uri Base = new("http://localhost");

    /// <summary>Methods that may not change anything; any other method that answers 2xx must have been a legitimate write.</summary>
    public bool IsSafe => Method.ToUpperInvariant() is "GET" or "HEAD" or "OPTIONS" or "TRACE";

    public bool IsHead => Method.Equals("HEAD", StringComparison.OrdinalIgnoreCase);

    public Uri Uri => new(Base, PathAndQuery);

    /// <summary>Whether the client said it takes JSON; otherwise ASP.NET's status-code page may answer in plain text.</summary>
    public bool AcceptsJson
    {
        get
        {
            var accept = Headers.Where(h => h.Name == "Accept").Select(h => h.Value).ToList();
            if (accept.Count == 0)
                return true;
            foreach (var value in string.Join(",", accept).Split(','))
            {
                if (!MediaTypeWithQualityHeaderValue.TryParse(value.Trim(), out var media))
                    continue;
                if (media.MediaType is "*/*" or "application/*" or "application/json" or "application/problem+json")
                    return true;
            }

            return false;
        }
    }

    public HttpRequestMessage ToMessage()
    {
        var path = Auth.Query is null ? PathAndQuery : PathAndQuery + (PathAndQuery.Contains('?') ? "&" : "?") + Auth.Query;
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Base, path));
        foreach (var value in Auth.Authorization)
            message.Headers.TryAddWithoutValidation("Authorization", value);
        if (Auth.Cookie is not null)
            message.Headers.TryAddWithoutValidation("Cookie", Auth.Cookie);
        if (Auth.OtherHeader is not null)
            message.Headers.TryAddWithoutValidation("X-Authorization", Auth.OtherHeader);
        if (Body.Bytes is not null)
        {
            message.Content = new ByteArrayContent(Body.Bytes);
            if (Body.ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", Body.ContentType);
        }

        foreach (var (name, value) in Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
                message.Content?.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    public override string ToString() =>
        $"{Method} {(PathAndQuery.Length > 300 ? PathAndQuery[..300] + "…" : PathAndQuery)} [{Endpoint}, write: {Write}, auth: {Auth}]"
        + $" headers: {string.Join("; ", Headers.Select(h => $"{h.Name}: {(h.Value.Length > 80 ? h.Value[..80] + "…" : h.Value)}"))} body: {Body}";
}
