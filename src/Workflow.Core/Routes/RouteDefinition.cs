namespace Workflow.Core.Routes;

/// <summary>
/// One route file, as loaded and validated. ContentHash is the SHA-256 of the file's bytes:
/// documents pin it so that editing a route never changes documents already in flight.
/// </summary>
public sealed record RouteDefinition(
    string Id,
    int Version,
    string TitleTh,
    string TitleEn,
    IReadOnlyList<string> Submitters,
    IReadOnlyList<RouteStep> Steps,
    string ContentHash)
{
    public RouteStep LastStep => Steps[^1];

    public bool CanBeStartedBy(IEnumerable<string> positions) => positions.Any(Submitters.Contains);

    /// <summary>Whether the route names the post anywhere: as a submitter, a step, or a step's escalation.</summary>
    public bool Names(string postKey) =>
        Submitters.Contains(postKey) || Steps.Any(s => s.Position == postKey || s.EscalateTo == postKey);
}
