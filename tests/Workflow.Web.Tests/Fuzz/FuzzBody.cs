using System.Text;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// A request body as bytes, with the content type it is sent under (null: no Content-Type header) and the name of
/// what makes it malformed. <see cref="NeedsUtf8"/>: the defect lives in the bytes (invalid UTF-8), so another
/// charset in the content type could repair it.
/// </summary>
public sealed record FuzzBody(string Kind, byte[]? Bytes, string? ContentType, bool NeedsUtf8 = false)
{
    public static readonly FuzzBody None = new("none", null, null);

    public static FuzzBody Json(string kind, string json, bool needsUtf8 = false) =>
        new(kind, Encoding.UTF8.GetBytes(json), "application/json", needsUtf8);

    public FuzzBody As(string? contentType) => this with { ContentType = contentType };

    public override string ToString()
    {
        if (Bytes is null)
            return $"{Kind} (no body)";
        var text = Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 300));
        return $"{Kind} [{ContentType ?? "no content type"}] {Bytes.Length} bytes: {text}{(Bytes.Length > 300 ? "…" : "")}";
    }
}
