using System.Text.Json;
using Workflow.Core.Deadlines;

namespace Workflow.Core.Routes;

/// <summary>Reads a schema-valid route file and checks what a schema cannot: the route must make sense as a chain of command.</summary>
internal static class RouteRules
{
    /// <param name="problems">Receives what reading finds wrong: a due time that is not a positive ISO 8601 duration.</param>
    public static RouteDefinition Read(JsonFile file, JsonElement root, List<string> problems)
    {
        var title = root.GetProperty("title");
        var steps = root.GetProperty("steps").EnumerateArray()
            .Select((s, i) => new RouteStep(i, s.GetProperty("position").GetString()!,
                s.GetProperty("action").GetString() == "sign" ? StepKind.Sign : StepKind.Endorse,
                DueOf(file, s, i, problems),
                s.TryGetProperty("escalateTo", out var escalateTo) ? escalateTo.GetString() : null))
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

    /// <param name="posts">Null when positions.json itself failed: unknown-post checks would only add noise.</param>
    public static IEnumerable<string> Check(JsonFile file, RouteDefinition route, KnownPosts? posts)
    {
        var firstIndexOf = new Dictionary<string, int>();
        foreach (var step in route.Steps)
        {
            var at = $"$.steps[{step.Index}]";
            if (posts?.Unknown(step.Position) is { } unknownStep)
                yield return file.Problem(at + ".position", unknownStep);
            if (firstIndexOf.TryGetValue(step.Position, out var first))
                yield return file.Problem(at + ".position",
                    $"position '{step.Position}' already appears at $.steps[{first}]; a route may not pass through the same position twice");
            else
                firstIndexOf[step.Position] = step.Index;
            if (step.EscalateTo is { } target && posts?.Unknown(target) is { } unknownTarget)
                yield return file.Problem(at + ".escalateTo", unknownTarget);
            if (step.EscalateTo == step.Position)
                yield return file.Problem(at + ".escalateTo", $"a step may not escalate to its own position '{step.Position}'");
            if (step.Kind == StepKind.Sign && step != route.LastStep)
                yield return file.Problem(at + ".action", "a sign step must be the last step: nothing can follow the signature");
        }

        if (route.LastStep.Kind != StepKind.Sign)
            yield return file.Problem($"$.steps[{route.LastStep.Index}].action", "the last step must be a sign step: a route ends with a signature");

        for (var i = 0; i < route.Submitters.Count; i++)
        {
            var submitter = route.Submitters[i];
            if (posts?.Unknown(submitter) is { } unknownSubmitter)
                yield return file.Problem($"$.submitters[{i}]", unknownSubmitter);
            if (firstIndexOf.TryGetValue(submitter, out var step))
                yield return file.Problem($"$.submitters[{i}]",
                    $"position '{submitter}' submits this route and is also its step $.steps[{step}]; no one may endorse their own submission");
        }
    }

    private static WorkingDuration? DueOf(JsonFile file, JsonElement step, int index, List<string> problems)
    {
        if (!step.TryGetProperty("due", out var due))
            return null;
        if (WorkingDuration.Problem(due.GetString()!, out var duration) is not { } problem)
            return duration;
        problems.Add(file.Problem($"$.steps[{index}].due", problem));
        return null;
    }
}
