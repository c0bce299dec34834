using Workflow.Core.Calendar;

namespace Workflow.Core.Routes;

/// <summary>
/// Loads workflows/: positions.json and every other *.json that is not a *.schema.json or a holidays-*.json is a route.
/// Each file is checked against its JSON Schema, then against the rules a schema cannot express.
/// </summary>
public static class RouteDefinitionLoader
{
    public const string PositionsFile = "positions.json";
    public const string PositionsSchemaFile = "positions.schema.json";
    public const string RouteSchemaFile = "route.schema.json";

    /// <param name="posts">
    /// The post keys routes may name (the service's post catalogue, kept in its database); null to check them against
    /// positions.json, which is what a new database's catalogue is seeded from.
    /// </param>
    /// <exception cref="RouteDefinitionException">Anything is wrong; the message lists every problem found.</exception>
    public static RouteCatalog Load(string directory, IReadOnlyCollection<string>? posts = null)
    {
        if (!Directory.Exists(directory))
            throw new RouteDefinitionException(directory, [$"{directory}: directory not found"]);
        var problems = new List<string>();
        var positionsSchema = SchemaValidator.Load(directory, PositionsSchemaFile, problems);
        var routeSchema = SchemaValidator.Load(directory, RouteSchemaFile, problems);
        var positions = positionsSchema is null ? null : LoadPositions(directory, positionsSchema, problems);
        var known = posts is not null ? KnownPosts.InDatabase(posts) : positions is null ? null : KnownPosts.InPositionsFile(positions.Keys);
        var routes = routeSchema is null ? [] : LoadRoutes(directory, routeSchema, known, problems);
        if (problems.Count > 0)
            throw new RouteDefinitionException(directory, problems);
        return new RouteCatalog(positions!, routes);
    }

    private static Dictionary<string, Position>? LoadPositions(string directory, SchemaValidator schema, List<string> problems)
    {
        var path = Path.Combine(directory, PositionsFile);
        if (!File.Exists(path))
        {
            problems.Add($"{PositionsFile}: $: file not found");
            return null;
        }

        var file = JsonFile.Read(path);
        var fileProblems = file.Root is { } root ? schema.Validate(file, root) : [file.ParseProblem!];
        problems.AddRange(fileProblems);
        if (fileProblems.Count > 0)
            return null;
        return file.Root!.Value.GetProperty("positions").EnumerateObject().ToDictionary(
            p => p.Name,
            p => new Position(p.Name, p.Value.GetProperty("th").GetString()!, p.Value.GetProperty("en").GetString()!,
                p.Value.TryGetProperty("timeInPost", out var right) && right.GetBoolean()),
            StringComparer.Ordinal);
    }

    private static List<RouteDefinition> LoadRoutes(
        string directory, SchemaValidator schema, KnownPosts? posts, List<string> problems)
    {
        var routes = new List<RouteDefinition>();
        var fileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = RouteFiles(directory);
        if (paths.Count == 0)
            problems.Add($"{directory}: no route files (*.json besides {PositionsFile}, {HolidayListLoader.FilePrefix}*.json and *.schema.json)");
        foreach (var path in paths)
        {
            var file = JsonFile.Read(path);
            if (file.Root is not { } root)
            {
                problems.Add(file.ParseProblem!);
                continue;
            }

            var schemaProblems = schema.Validate(file, root);
            problems.AddRange(schemaProblems);
            if (schemaProblems.Count > 0)
                continue;
            var ruleProblems = new List<string>();
            var route = RouteRules.Read(file, root, ruleProblems);
            ruleProblems.AddRange(RouteRules.Check(file, route, posts));
            if (!fileOfId.TryAdd(route.Id, file.Name))
                ruleProblems.Add(file.Problem("$.id", $"route id '{route.Id}' is already defined in {fileOfId[route.Id]}"));
            problems.AddRange(ruleProblems);
            if (ruleProblems.Count == 0)
                routes.Add(route);
        }

        return routes;
    }

    // Sorted so that problems, and which of two duplicate ids is blamed, do not depend on the file system's order.
    private static List<string> RouteFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
            .Where(p => p.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Where(p => !p.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Where(p => !string.Equals(Path.GetFileName(p), PositionsFile, StringComparison.OrdinalIgnoreCase))
            .Where(p => !HolidayListLoader.IsHolidayFile(Path.GetFileName(p)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
