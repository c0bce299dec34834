using Workflow.Core.Routes;

namespace Workflow.Core.Engine;

/// <summary>
/// Who may read a document: its author, and whoever holds (or acts for) a step it has reached in any round. It is
/// asked before anything else about a document, so that to everyone else the document does not exist (ADR 6).
/// </summary>
public static class ReadAccess
{
    public static bool CanRead(RouteDefinition route, string authorId, int highestStepReached, Actor actor) =>
        actor.UserId == authorId
        || route.Steps.Take(highestStepReached + 1).Any(s => actor.For(s.Position) is not null);
}
