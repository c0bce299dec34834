using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Workflow.Core.Routes;

/// <summary>One parsed file of the workflows folder, with its content hash and where it went wrong.</summary>
internal sealed class JsonFile
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    private JsonFile(string name, string contentHash, JsonElement? root, string? parseProblem) =>
        (Name, ContentHash, Root, ParseProblem) = (name, contentHash, root, parseProblem);

    public string Name { get; }

    public string ContentHash { get; }

    /// <summary>Null when the file is not well-formed JSON; ParseProblem then says why and where.</summary>
    public JsonElement? Root { get; }

    public string? ParseProblem { get; }

    public static JsonFile Read(string path)
    {
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // Editors on Windows may save a byte order mark; the hash still covers the file as stored.
        var json = bytes.AsMemory();
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
            json = json[Encoding.UTF8.Preamble.Length..];
        try
        {
            using var document = JsonDocument.Parse(json, Strict);
            return new JsonFile(name, hash, document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return new JsonFile(name, hash, null, $"{name}: {Where(json.Span, e)}malformed JSON: {Reason(e)}");
        }
    }

    public string Problem(string path, string text) => $"{Name}: {path}: {text}";

    public string PathOf(string pointer) => Root is { } root ? JsonLocation.ToPath(root, pointer) : "$";

    private static string Where(ReadOnlySpan<byte> json, JsonException e)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } bytesIn)
            return "";
        var lineStart = 0;
        for (var l = 0; l < line && lineStart < json.Length; l++)
            lineStart = json[lineStart..].IndexOf((byte)'\n') is var nl and >= 0 ? lineStart + nl + 1 : json.Length;
        // Report a character column, not a byte offset: each Thai letter is three bytes in UTF-8.
        var column = Encoding.UTF8.GetCharCount(json.Slice(lineStart, (int)Math.Min(bytesIn, json.Length - lineStart))) + 1;
        return $"line {line + 1}, position {column}: ";
    }

    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        return message.Replace(" Change the reader options.", "", StringComparison.Ordinal).Trim();
    }
}
