using Workflow.Core.Engine;
using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>POST /api/documents/{id}/declassify: the signer lifts a signed memo's secrecy class, which then publishes it (ADR 23).</summary>
public static class DeclassifyEndpoint
{
    public static void MapDeclassify(this RouteGroupBuilder api) =>
        api.MapPost("/documents/{id:guid}/declassify",
                (Guid id, DeclassifyRequest? body, HttpContext http, MemoActions actions) =>
                    WithUser(http, async user =>
                    {
                        if (RequestValidation.Validate(body ?? new DeclassifyRequest()) is { } invalid)
                            return invalid.ToProblem();
                        var done = await actions.ActAsync(id, user, ActionKind.Declassify, body!.Reason, body.Version, http.RequestAborted);
                        return done.ToHttp(doc => Results.Ok(new DocumentEndpoints.ActionOutcome(doc.Id, doc.Status.ToString(), doc.Version,
                            doc.RegisterNumber, doc.WaitingFor)));
                    }))
            .WithName("DeclassifyDocument").Produces<DocumentEndpoints.ActionOutcome>().ProducesJsonBodyProblems().ProducesMemoChangeProblems()
            .WithSummary("Lift the secrecy class of a signed memo (the signer, or the holder of the signing post), with a reason; it is then published. 409 once it is no longer secret.");
}
