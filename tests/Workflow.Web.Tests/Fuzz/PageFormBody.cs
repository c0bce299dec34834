using System.Text;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>A PDF (or not) in a multipart form: the part's field name, file name, declared type and bytes.</summary>
public sealed record PageFormFile(string Field, string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// A form body as a browser (or a forger) would send it: url-encoded or multipart, the fields in order, an optional
/// file, and how its framing is broken (<see cref="Framing"/>: "ok", "truncated", "no-closing-boundary", …).
/// </summary>
public sealed record PageFormBody(bool Multipart, IReadOnlyList<(string Name, string Value)> Fields, PageFormFile? File = null, string Framing = "ok", string? ContentType = null)
{
    private const string Boundary = "----page-form-fuzz-Zq7";

    public string Value(string name) => Fields.FirstOrDefault(f => f.Name == name).Value ?? "";

    public PageFormBody With(string name, string? value)
    {
        var fields = Fields.Where(f => f.Name != name).ToList();
        if (value is not null)
            fields.Add((name, value));
        return this with { Fields = fields };
    }

    public (byte[] Bytes, string? ContentType) Encode()
    {
        var type = Multipart ? $"multipart/form-data; boundary={Boundary}" : "application/x-www-form-urlencoded";
        var bytes = Multipart ? MultipartBytes() : Encoding.ASCII.GetBytes(string.Join("&", Fields.Select(f => $"{Escape(f.Name)}={Escape(f.Value)}")));
        return Framing switch
        {
            "truncated" => (bytes[..Math.Max(1, bytes.Length * 2 / 3)], type),
            "no-boundary" => (bytes, "multipart/form-data"),
            "other-boundary" => (bytes, "multipart/form-data; boundary=not-this-one"),
            _ => (bytes, ContentType ?? type),
        };
    }

    private byte[] MultipartBytes()
    {
        var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        foreach (var (name, value) in Fields)
            Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name.Replace("\"", "%22", StringComparison.Ordinal)}\"\r\n\r\n{value}\r\n");
        if (File is { } file)
        {
            Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{file.Field}\"; filename=\"upload.pdf\"; filename*=UTF-8''{Escape(file.FileName)}\r\n");
            Write(file.ContentType.Length > 0 ? $"Content-Type: {file.ContentType}\r\n\r\n" : "\r\n");
            body.Write(file.Bytes);
            Write("\r\n");
        }

        if (Framing != "no-closing-boundary")
            Write($"--{Boundary}--\r\n");
        return body.ToArray();
    }

    /// <summary>Percent-encodes the UTF-8 bytes (a lone surrogate becomes U+FFFD, as a browser would send it).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            escaped.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' ? c.ToString() : $"%{b:X2}");
        }

        return escaped.ToString();
    }

    public override string ToString()
    {
        var fields = string.Join(", ", Fields.Take(12).Select(f => $"{Short(f.Name)}={Short(f.Value)}")) + (Fields.Count > 12 ? $", … {Fields.Count} fields" : "");
        var file = File is { } f2 ? $" file[{f2.Field}; {Short(f2.FileName)}; {f2.ContentType}; {f2.Bytes.Length} bytes]" : "";
        return $"{(Multipart ? "multipart" : "urlencoded")}{(Framing == "ok" ? "" : $" ({Framing})")}{(ContentType is null ? "" : $" as {ContentType}")}: {fields}{file}";
    }

    private static string Short(string text) => text.Length > 60 ? $"{text[..60]}…({text.Length})" : text;
}
