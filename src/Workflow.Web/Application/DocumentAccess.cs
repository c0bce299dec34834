using Workflow.Core.Routes;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>Who may read a document: its author, and holders of the steps it has reached. Nobody else.</summary>
public static class DocumentAccess
{
    public static bool CanRead(Document doc, RouteDefinition route, CurrentUser user) =>
        doc.AuthorId == user.Id
        || route.Steps.Take(doc.HighestStepReached + 1).Any(s => user.Actor.For(s.Position) is not null);
}
