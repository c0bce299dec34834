using Workflow.Core.Engine;
using Workflow.Web.Application;
using Workflow.Web.Data;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>The memo API: drafts, route actions, reading, and the audit check. Authorization is per document, in the services.</summary>
public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(ApiPolicy.Name).WithTags("Memos");

        api.MapPost("/documents", (DraftRequest? body, HttpContext http, WorkflowDbContext db, MemoDrafts drafts, MemoQueries queries) =>
            WithUser(http, db, async user =>
            {
                if (RequestValidation.Validate(body) is { } invalid)
                    return invalid.ToProblem();
                var created = await drafts.CreateAsync(user, body!.RouteId, body.ToFields(), http.RequestAborted);
                return created.ToHttp(doc => Results.Created($"/api/documents/{doc.Id}", queries.ToView(doc, queries.RouteOf(doc), [], user)));
            })).WithSummary("Create a draft memo on a route your position may start.");

        api.MapPut("/documents/{id:guid}", (Guid id, DraftRequest? body, HttpContext http, WorkflowDbContext db, MemoDrafts drafts) =>
            WithUser(http, db, async user =>
            {
                if (RequestValidation.Validate(body) is { } invalid)
                    return invalid.ToProblem();
                var updated = await drafts.UpdateAsync(id, user, body!.ToFields(), body.Version, http.RequestAborted);
                return updated.ToHttp(doc => Results.Ok(new { doc.Id, doc.Version }));
            })).WithSummary("Edit a draft or returned memo (author only).");

        api.MapGet("/documents/{id:guid}", (Guid id, HttpContext http, WorkflowDbContext db, MemoQueries queries) =>
            WithUser(http, db, async user => (await queries.DocumentAsync(id, user, http.RequestAborted)).ToHttp(Results.Ok)))
            .WithSummary("One memo with its route, history (each endorsement as written on the memo) and the actions you may take.");

        api.MapGet("/documents/{id:guid}/audit/verify", (Guid id, HttpContext http, WorkflowDbContext db, MemoQueries queries) =>
            WithUser(http, db, async user => (await queries.VerifyAsync(id, user, http.RequestAborted)).ToHttp(Results.Ok)))
            .WithSummary("Recompute the document's audit hash chain; names the first entry that does not match.");

        api.MapGet("/inbox", (HttpContext http, WorkflowDbContext db, MemoQueries queries, int? limit) =>
            WithUser(http, db, async user => Results.Ok(await queries.InboxAsync(user, Math.Clamp(limit ?? 100, 1, 500), http.RequestAborted))))
            .WithSummary("Memos waiting for a position you hold, oldest first.");

        api.MapGet("/documents/mine", (HttpContext http, WorkflowDbContext db, MemoQueries queries, int? limit) =>
            WithUser(http, db, async user => Results.Ok(await queries.SubmissionsAsync(user, Math.Clamp(limit ?? 100, 1, 500), http.RequestAborted))))
            .WithSummary("Memos you wrote, newest first, with where each one is.");

        foreach (var action in Enum.GetValues<ActionKind>())
        {
            api.MapPost($"/documents/{{id:guid}}/{action.ToString().ToLowerInvariant()}",
                (Guid id, ActionRequest? body, HttpContext http, WorkflowDbContext db, MemoActions actions, MemoQueries queries) =>
                    WithUser(http, db, async user =>
                    {
                        if (body is not null && RequestValidation.Validate(body) is { } invalid)
                            return invalid.ToProblem();
                        var done = await actions.ActAsync(id, user, action, body?.Note, body?.Version, http.RequestAborted);
                        return done.ToHttp(doc => Results.Ok(new { doc.Id, Status = doc.Status.ToString(), doc.Version, doc.RegisterNumber, doc.WaitingFor }));
                    }))
                .WithSummary($"{action} the memo.");
        }
    }
}
