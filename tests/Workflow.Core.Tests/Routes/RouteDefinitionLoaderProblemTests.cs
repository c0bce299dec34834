using System.Text.Json.Nodes;
using Workflow.Core.Routes;

namespace Workflow.Core.Tests.Routes;

public class RouteDefinitionLoaderProblemTests
{
    private static readonly Dictionary<string, Action<JsonObject>> Breakages = new()
    {
        ["missing field"] = r => r.Remove("steps"),
        ["missing step field"] = r => r["steps"]![1]!.AsObject().Remove("action"),
        ["wrong type"] = r => r["version"] = "1",
        ["wrong type of list"] = r => r["steps"] = "mayor",
        ["version below 1"] = r => r["version"] = 0,
        ["fractional version"] = r => r["version"] = 1.5,
        ["bad id"] = r => r["id"] = "Memo Approval",
        ["no steps"] = r => r["steps"] = new JsonArray(),
        ["empty title"] = r => r["title"]!["th"] = "",
        ["unknown action"] = r => r["steps"]![0]!["action"] = "approve",
        ["unknown step position"] = r => r["steps"]![1]!["position"] = "janitor",
        ["unknown submitter"] = r => r["submitters"]![0] = "janitor",
        ["sign not last"] = r => r["steps"]![1]!["action"] = "sign",
        ["last not sign"] = r => r["steps"]![3]!["action"] = "endorse",
        ["repeated position"] = r => r["steps"]![2]!["position"] = "section-head-admin",
        ["submitter is a step"] = r => r["submitters"]![0] = "head-clerk-office",
        ["extra property"] = r => r["owner"] = "somchai",
        ["extra step property"] = r => r["steps"]![0]!["colour"] = "red",
        ["extra title property"] = r => r["title"]!["fr"] = "Note",
        ["due not iso"] = r => r["steps"]![0]!["due"] = "2 days",
        ["due zero"] = r => r["steps"]![1]!["due"] = "P0D",
        ["due negative"] = r => r["steps"]![2]!["due"] = "-P1D",
        ["due in weeks"] = r => r["steps"]![3]!["due"] = "P1W",
        ["due not a string"] = r => r["steps"]![0]!["due"] = 2,
        ["unknown escalateTo"] = r => r["steps"]![3]!["escalateTo"] = "janitor",
        ["escalateTo own post"] = r => r["steps"]![2]!["escalateTo"] = "municipal-clerk",
        ["bad escalateTo key"] = r => r["steps"]![2]!["escalateTo"] = "Mayor",
    };

    public static TheoryData<string, string, string> BrokenRoutes => new()
    {
        { "missing field", "$.steps", "is required but missing" },
        { "missing step field", "$.steps[1].action", "is required but missing" },
        { "wrong type", "$.version", "must be of type integer, not a string" },
        { "wrong type of list", "$.steps", "must be of type array, not a string" },
        { "version below 1", "$.version", "1" },
        { "fractional version", "$.version", "must be of type integer" },
        { "bad id", "$.id", "\"Memo Approval\" does not match the pattern" },
        { "no steps", "$.steps", "1" },
        { "empty title", "$.title.th", "1" },
        { "unknown action", "$.steps[0].action", "\"approve\" is not one of \"endorse\", \"sign\"" },
        { "unknown step position", "$.steps[1].position", "unknown position 'janitor'" },
        { "unknown submitter", "$.submitters[0]", "unknown position 'janitor'" },
        { "sign not last", "$.steps[1].action", "a sign step must be the last step" },
        { "last not sign", "$.steps[3].action", "the last step must be a sign step" },
        { "repeated position", "$.steps[2].position", "already appears at $.steps[0]" },
        { "submitter is a step", "$.submitters[0]", "is also its step $.steps[1]" },
        { "extra property", "$.owner", "property 'owner' is not allowed" },
        { "extra step property", "$.steps[0].colour", "property 'colour' is not allowed" },
        { "extra title property", "$.title.fr", "property 'fr' is not allowed" },
        { "due not iso", "$.steps[0].due", "'2 days' is not an ISO 8601 duration (e.g. P2D" },
        { "due zero", "$.steps[1].due", "'P0D' is zero: a due time must be positive" },
        { "due negative", "$.steps[2].due", "'-P1D' is negative" },
        { "due in weeks", "$.steps[3].due", "counts years, months or weeks" },
        { "due not a string", "$.steps[0].due", "must be of type string, not a number" },
        { "unknown escalateTo", "$.steps[3].escalateTo", "unknown position 'janitor'" },
        { "escalateTo own post", "$.steps[2].escalateTo", "may not escalate to its own position 'municipal-clerk'" },
        { "bad escalateTo key", "$.steps[2].escalateTo", "\"Mayor\" does not match the pattern" },
    };

    [Theory]
    [MemberData(nameof(BrokenRoutes))]
    public void Load_throws_naming_file_path_and_problem_when_a_route_is_broken(string breakage, string path, string words)
    {
        using var folder = new WorkflowsFolder();
        var route = WorkflowsFolder.ValidRoute();
        Breakages[breakage](route);
        folder.Write("broken.json", route);

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        var problem = Assert.Single(ex.Problems, p => p.StartsWith($"broken.json: {path}: ", StringComparison.Ordinal));
        Assert.Contains(words, problem);
        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void Load_reports_every_problem_of_a_file_in_one_exception()
    {
        using var folder = new WorkflowsFolder();
        var route = WorkflowsFolder.ValidRoute();
        Breakages["unknown step position"](route);
        Breakages["sign not last"](route);
        folder.Write("broken.json", route);

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains("broken.json: $.steps[1].position: unknown position", ex.Message);
        Assert.Contains("broken.json: $.steps[1].action: a sign step", ex.Message);
    }

    [Fact]
    public void Load_throws_naming_both_files_when_two_routes_share_an_id()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("a.json", WorkflowsFolder.ValidRoute("same-id"));
        folder.Write("b.json", WorkflowsFolder.ValidRoute("same-id"));

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        Assert.Equal("b.json: $.id: route id 'same-id' is already defined in a.json", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Load_throws_with_line_and_position_when_json_is_malformed()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("broken.json", "{\n  \"id\": \"x\",\n  \"title\": { \"th\": \"บันทึก\" \"en\": \"Memo\" }\n}");

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        // The missing comma is before "en", character 29; counting UTF-8 bytes would say 41 (six Thai letters, 18 bytes).
        Assert.StartsWith("broken.json: line 3, position 29: malformed JSON: ", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Load_throws_naming_the_property_when_a_json_object_repeats_it()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("broken.json", WorkflowsFolder.ValidRoute().ToJsonString().Replace("\"version\":1", "\"version\":1,\"version\":2"));

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        var problem = Assert.Single(ex.Problems);
        Assert.StartsWith("broken.json: malformed JSON: ", problem);
        Assert.Contains("'version'", problem);
    }

    [Fact]
    public void Load_throws_naming_the_position_when_positions_json_lacks_a_title()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("a.json", WorkflowsFolder.ValidRoute());
        var positions = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "positions.json")))!;
        positions["positions"]!["mayor"]!.AsObject().Remove("en");
        positions["positions"]!["Bad Key"] = new JsonObject { ["th"] = "ก", ["en"] = "K" };
        folder.Write("positions.json", positions);

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        Assert.Contains("positions.json: $.positions.mayor.en: is required but missing", ex.Problems);
        Assert.Contains(ex.Problems, p => p.StartsWith("positions.json: $.positions['Bad Key']: property 'Bad Key' is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_throws_when_a_route_file_is_not_an_object()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("broken.json", "[]");

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        Assert.Equal("broken.json: $: must be of type object, not an array", Assert.Single(ex.Problems));
    }
}
