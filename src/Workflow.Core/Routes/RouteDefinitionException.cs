namespace Workflow.Core.Routes;

/// <summary>
/// The workflows folder cannot be used. Each problem reads "file: $.json.path: what is wrong",
/// and all of them are gathered so that one start-up attempt shows everything to fix.
/// </summary>
public sealed class RouteDefinitionException : Exception
{
    public RouteDefinitionException(string directory, IReadOnlyList<string> problems)
        : base(Compose(directory, problems))
    {
        Directory = directory;
        Problems = problems;
    }

    public string Directory { get; }

    public IReadOnlyList<string> Problems { get; }

    private static string Compose(string directory, IReadOnlyList<string> problems) =>
        $"Route definitions in '{directory}' are invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
        + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
}
