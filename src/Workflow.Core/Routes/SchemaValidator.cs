using System.Text.Json;
using Json.Schema;

namespace Workflow.Core.Routes;

/// <summary>One JSON Schema file of the workflows folder, reporting failures in plain words with JSONPath locations.</summary>
internal sealed class SchemaValidator
{
    private static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    private readonly JsonSchema schema;
    private readonly JsonElement schemaRoot;

    private SchemaValidator(JsonSchema schema, JsonElement schemaRoot) => (this.schema, this.schemaRoot) = (schema, schemaRoot);

    /// <summary>Null when the schema file is missing or unusable; the reason is added to problems.</summary>
    public static SchemaValidator? Load(string directory, string fileName, List<string> problems)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            problems.Add($"{fileName}: $: file not found");
            return null;
        }

        var file = JsonFile.Read(path);
        if (file.Root is not { } root)
        {
            problems.Add(file.ParseProblem!);
            return null;
        }

        try
        {
            // A private registry: loading twice (tests, reloads) must not collide in the global one.
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            return new SchemaValidator(JsonSchema.Build(root, options), root);
        }
        catch (Exception e) when (e is JsonException or JsonSchemaException or RefResolutionException or ArgumentException)
        {
            problems.Add(file.Problem("$", $"not a usable JSON Schema: {e.Message}"));
            return null;
        }
    }

    public List<string> Validate(JsonFile file, JsonElement instance)
    {
        var results = schema.Evaluate(instance, ListOutput);
        if (results.IsValid)
            return [];
        var problems = new List<string>();
        foreach (var node in (results.Details ?? []).Prepend(results))
        {
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
                problems.AddRange(Describe(file, instance, node, keyword, message));
        }

        return problems.Distinct().ToList();
    }

    private IEnumerable<string> Describe(JsonFile file, JsonElement instance, EvaluationResults node, string keyword, string message)
    {
        var pointer = node.InstanceLocation.ToString();
        var path = file.PathOf(pointer);
        var value = JsonLocation.Resolve(instance, JsonLocation.Segments(pointer));
        var rule = SchemaNode(node, keyword == "" ? "/additionalProperties" : null);
        switch (keyword)
        {
            case "required" when value?.ValueKind == JsonValueKind.Object && rule?.TryGetProperty("required", out var required) == true:
                foreach (var name in required.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.Value.TryGetProperty(n, out _)))
                    yield return file.Problem(path + JsonLocation.Member(name), "is required but missing");
                yield break;
            case "" when node.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal):
                var allowed = rule?.TryGetProperty("properties", out var p) == true
                    ? string.Join(", ", p.EnumerateObject().Select(o => o.Name).Where(n => n != "$schema"))
                    : rule?.TryGetProperty("patternProperties", out var pp) == true
                        ? "names matching " + string.Join(" or ", pp.EnumerateObject().Select(o => o.Name))
                        : "none";
                yield return file.Problem(path, $"property '{JsonLocation.Segments(pointer)[^1]}' is not allowed here (allowed: {allowed})");
                yield break;
            case "type" when rule?.TryGetProperty("type", out var type) == true:
                yield return file.Problem(path, $"must be of type {type.GetRawText().Trim('"')}, not {KindOf(value)}");
                yield break;
            case "pattern" when rule?.TryGetProperty("pattern", out var pattern) == true:
                yield return file.Problem(path, $"{value?.GetRawText()} does not match the pattern {pattern.GetString()}");
                yield break;
            case "enum" when rule?.TryGetProperty("enum", out var options) == true:
                yield return file.Problem(path, $"{value?.GetRawText()} is not one of {string.Join(", ", options.EnumerateArray().Select(o => o.GetRawText()))}");
                yield break;
            default:
                yield return file.Problem(path, message);
                yield break;
        }
    }

    /// <summary>The schema object that produced a result, found through its location's fragment.</summary>
    private JsonElement? SchemaNode(EvaluationResults node, string? cutAt)
    {
        var location = node.SchemaLocation.OriginalString;
        var hash = location.IndexOf('#');
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(location[(hash + 1)..]);
        if (cutAt is not null && fragment.LastIndexOf(cutAt, StringComparison.Ordinal) is var cut and >= 0)
            fragment = fragment[..cut];
        return JsonLocation.Resolve(schemaRoot, JsonLocation.Segments(fragment));
    }

    private static string KindOf(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
