using System.Text.Json;
using System.Text.RegularExpressions;

namespace Workflow.Core.Routes;

/// <summary>Turns JSON Pointers ("/steps/2/position") into the JSONPath people read ("$.steps[2].position").</summary>
internal static partial class JsonLocation
{
    public static IReadOnlyList<string> Segments(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToArray();

    public static JsonElement? Resolve(JsonElement root, IEnumerable<string> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
                current = child;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var i) && i >= 0 && i < current.GetArrayLength())
                current = current[i];
            else
                return null;
        }

        return current;
    }

    /// <summary>Array indexes become [n] only where the document really has an array, so a key "2" stays a key.</summary>
    public static string ToPath(JsonElement root, string pointer)
    {
        var path = "$";
        JsonElement? current = root;
        foreach (var segment in Segments(pointer))
        {
            var isIndex = current?.ValueKind == JsonValueKind.Array && int.TryParse(segment, out _);
            path += isIndex ? $"[{segment}]" : Member(segment);
            current = current is { } c ? Resolve(c, [segment]) : null;
        }

        return path;
    }

    public static string Member(string name) => Identifier().IsMatch(name) ? "." + name : $"['{name.Replace("'", "\\'")}']";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
