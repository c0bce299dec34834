using Workflow.Core.Routes;

namespace Workflow.Core.Engine;

/// <summary>
/// Who may read a document: its author, whoever holds (or acts for) a step it has reached in any round, and whoever
/// acted on it, even after the post or the order that let them act has gone. It is asked before anything else about
/// a document, so that to everyone else the document does not exist (ADR 6).
/// </summary>
public static class ReadAccess
{
    /// <param name="actedOnIt">
    /// Whether the document's audit names this person: what someone signed or endorsed stays readable to them, as
    /// the author's memo does to the author, since they answer for it (ADR 19). Reading only: acting needs a post now.
    /// </param>
    public static bool CanRead(RouteDefinition route, string authorId, int highestStepReached, Actor actor, bool actedOnIt = false) =>
        actedOnIt
        || actor.UserId == authorId
        || route.Steps.Take(highestStepReached + 1).Any(s => actor.For(s.Position) is not null);
}
