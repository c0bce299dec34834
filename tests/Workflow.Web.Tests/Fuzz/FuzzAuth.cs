namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// How a request presents itself. <see cref="MayAuthenticate"/> is true when it carries a real token in a form the
/// service may accept; every other form must be refused, and the fuzz would catch a write that got through.
/// </summary>
public sealed record FuzzAuth(string Kind, IReadOnlyList<string> Authorization, string? Cookie = null, string? Query = null, string? OtherHeader = null, bool MayAuthenticate = false)
{
    public static readonly FuzzAuth None = new("none", []);

    public override string ToString() => Kind;
}
