using Workflow.Core.Engine;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>The memo API: drafts, route actions, reading, and the audit check. Authorization is per document, in the services.</summary>
public static class DocumentEndpoints
{
    /// <summary>The memo after a route action: its state, the register number once given, and the post it waits for.</summary>
    public sealed record ActionOutcome(Guid Id, string Status, int Version, string? RegisterNumber, string? WaitingFor);

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(ApiPolicy.Name).WithTags("Memos").ProducesSessionProblems().ProducesStorageProblem();

        api.MapPost("/documents", (DraftRequest? body, HttpContext http, MemoDrafts drafts, MemoQueries queries, DepartmentCatalog departments) =>
            WithUser(http, async user =>
            {
                // An omitted ส่วนราชการ is the author's department's issuing line, as the page prefills it (ADR 15).
                if (body is { Issuer: null })
                    body = body with { Issuer = await departments.IssuingLineOfAsync(user.DepartmentKey, http.RequestAborted) };
                if (RequestValidation.Validate(body) is { } invalid)
                    return invalid.ToProblem();
                var created = await drafts.CreateAsync(user, body!.RouteId, body.ToFields(), http.RequestAborted);
                return created.ToHttp(doc => Results.Created($"/api/documents/{doc.Id}", queries.ToView(doc, queries.RouteOf(doc), [], user)));
            })).WithName("CreateDraft").Produces<DocumentView>(StatusCodes.Status201Created)
            .ProducesJsonBodyProblems().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Create a draft memo on a route your position may start.");

        api.MapPut("/documents/{id:guid}", (Guid id, DraftRequest? body, HttpContext http, MemoDrafts drafts) =>
            WithUser(http, async user =>
            {
                if (RequestValidation.Validate(body) is { } invalid)
                    return invalid.ToProblem();
                var updated = await drafts.UpdateAsync(id, user, body!.ToFields(), body.Version, http.RequestAborted);
                return updated.ToHttp(doc => Results.Ok(new DocumentVersion(doc.Id, doc.Version)));
            })).WithName("UpdateDraft").Produces<DocumentVersion>().ProducesJsonBodyProblems().ProducesMemoChangeProblems()
            .WithSummary("Edit a draft or returned memo (author only).");

        api.MapGet("/documents/{id:guid}", (Guid id, HttpContext http, MemoQueries queries) =>
            WithUser(http, async user => (await queries.DocumentAsync(id, user, http.RequestAborted)).ToHttp(Results.Ok)))
            .WithName("GetDocument").Produces<DocumentView>().ProducesNotFound()
            .WithSummary("One memo with its route, history (each endorsement as written on the memo) and the actions you may take.");

        api.MapGet("/documents/{id:guid}/audit/verify", (Guid id, HttpContext http, MemoQueries queries) =>
            WithUser(http, async user => (await queries.VerifyAsync(id, user, http.RequestAborted)).ToHttp(Results.Ok)))
            .WithName("VerifyAudit").Produces<AuditVerification>().ProducesNotFound()
            .WithSummary("Recompute the document's audit hash chain; names the first entry that does not match.");

        api.MapGet("/inbox", (HttpContext http, MemoQueries queries, int? limit) =>
            WithUser(http, async user => Results.Ok(await queries.InboxAsync(user, Math.Clamp(limit ?? 100, 1, 500), http.RequestAborted))))
            .WithName("GetInbox").Produces<IReadOnlyList<InboxItem>>().ProducesBindingProblem()
            .WithSummary("Memos waiting for a position you hold: the most urgent first, then the longest waiting.");

        api.MapGet("/documents/mine", (HttpContext http, MemoQueries queries, int? limit) =>
            WithUser(http, async user => Results.Ok(await queries.SubmissionsAsync(user, Math.Clamp(limit ?? 100, 1, 500), http.RequestAborted))))
            .WithName("ListMyDocuments").Produces<IReadOnlyList<SubmissionItem>>().ProducesBindingProblem()
            .WithSummary("Memos you wrote, newest first, with where each one is.");

        api.MapDeclassify();

        foreach (var action in Enum.GetValues<ActionKind>().Where(a => a != ActionKind.Declassify))
        {
            api.MapPost($"/documents/{{id:guid}}/{action.ToString().ToLowerInvariant()}",
                (Guid id, ActionRequest? body, HttpContext http, MemoActions actions, MemoQueries queries) =>
                    WithUser(http, async user =>
                    {
                        if (body is not null && RequestValidation.Validate(body) is { } invalid)
                            return invalid.ToProblem();
                        var done = await actions.ActAsync(id, user, action, body?.Note, body?.Version, http.RequestAborted, body?.Code);
                        return done.ToHttp(doc => Results.Ok(new ActionOutcome(doc.Id, doc.Status.ToString(), doc.Version, doc.RegisterNumber, doc.WaitingFor)));
                    }))
                .WithName($"{action}Document").Produces<ActionOutcome>().ProducesJsonBodyProblems().ProducesMemoChangeProblems()
                .WithSummary($"{action} the memo.");
        }
    }
}
