using System.Text.Json.Nodes;

namespace Workflow.Core.Tests.Routes;

/// <summary>A temporary copy of the real schemas and positions, for writing broken route files next to them.</summary>
public sealed class WorkflowsFolder : IDisposable
{
    public WorkflowsFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workflow-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var name in new[] { "positions.json", "positions.schema.json", "route.schema.json" })
            File.Copy(System.IO.Path.Combine(RepositoryFolders.Workflows, name), System.IO.Path.Combine(Path, name));
    }

    public string Path { get; }

    /// <summary>A valid route shaped like the reference memo route: three endorsements, then the mayor signs.</summary>
    public static JsonObject ValidRoute(string id = "test-route") => new()
    {
        ["$schema"] = "./route.schema.json",
        ["id"] = id,
        ["version"] = 1,
        ["title"] = new JsonObject { ["th"] = "บันทึกข้อความ", ["en"] = "Memo" },
        ["submitters"] = new JsonArray("legal-officer"),
        ["steps"] = new JsonArray(
            Step("section-head-admin", "endorse"),
            Step("head-clerk-office", "endorse"),
            Step("municipal-clerk", "endorse"),
            Step("mayor", "sign")),
    };

    public static JsonObject Step(string position, string action) => new() { ["position"] = position, ["action"] = action };

    public string Write(string name, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name), text);
        return name;
    }

    public string Write(string name, JsonNode json) => Write(name, json.ToJsonString());

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
