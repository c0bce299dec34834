using System.Text.Json;

namespace Workflow.Core.Routes;

/// <summary>Reads a schema-valid route file and checks what a schema cannot: the route must make sense as a chain of command.</summary>
internal static class RouteRules
{
    public static RouteDefinition Read(JsonFile file, JsonElement root)
    {
        var title = root.GetProperty("title");
        var steps = root.GetProperty("steps").EnumerateArray()
            .Select((s, i) => new RouteStep(i, s.GetProperty("position").GetString()!,
                s.GetProperty("action").GetString() == "sign" ? StepKind.Sign : StepKind.Endorse))
            .ToList();
        return new RouteDefinition(
            root.GetProperty("id").GetString()!,
            (int)root.GetProperty("version").GetDouble(),
            title.GetProperty("th").GetString()!,
            title.GetProperty("en").GetString()!,
            root.GetProperty("submitters").EnumerateArray().Select(s => s.GetString()!).ToList(),
            steps,
            file.ContentHash);
    }

    /// <param name="positions">Null when positions.json itself failed: unknown-position checks would only add noise.</param>
    public static IEnumerable<string> Check(JsonFile file, RouteDefinition route, IReadOnlyDictionary<string, Position>? positions)
    {
        var firstIndexOf = new Dictionary<string, int>();
        foreach (var step in route.Steps)
        {
            var at = $"$.steps[{step.Index}]";
            if (positions is not null && !positions.ContainsKey(step.Position))
                yield return file.Problem(at + ".position", Unknown(step.Position, positions));
            if (firstIndexOf.TryGetValue(step.Position, out var first))
                yield return file.Problem(at + ".position",
                    $"position '{step.Position}' already appears at $.steps[{first}]; a route may not pass through the same position twice");
            else
                firstIndexOf[step.Position] = step.Index;
            if (step.Kind == StepKind.Sign && step != route.LastStep)
                yield return file.Problem(at + ".action", "a sign step must be the last step: nothing can follow the signature");
        }

        if (route.LastStep.Kind != StepKind.Sign)
            yield return file.Problem($"$.steps[{route.LastStep.Index}].action", "the last step must be a sign step: a route ends with a signature");

        for (var i = 0; i < route.Submitters.Count; i++)
        {
            var submitter = route.Submitters[i];
            if (positions is not null && !positions.ContainsKey(submitter))
                yield return file.Problem($"$.submitters[{i}]", Unknown(submitter, positions));
            if (firstIndexOf.TryGetValue(submitter, out var step))
                yield return file.Problem($"$.submitters[{i}]",
                    $"position '{submitter}' submits this route and is also its step $.steps[{step}]; no one may endorse their own submission");
        }
    }

    private static string Unknown(string key, IReadOnlyDictionary<string, Position> positions) =>
        $"unknown position '{key}' (positions.json defines: {string.Join(", ", positions.Keys)})";
}
