using Workflow.Web.Administration;

namespace Workflow.Web.Features;

/// <summary>The administration audit for administrators: the latest changes or one subject's history, and the chain check.</summary>
public static class AdminAuditEndpoints
{
    public sealed record AdminAuditVerification(bool Intact, int Entries, int? BrokenAt, string? Reason);

    public static void MapAdminAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapAdminApi().MapGroup("/audit");

        audit.MapGet("", async (string? kind, string? id, int? limit, AdminAuditTrail trail, CancellationToken ct) =>
            {
                if (kind is null != id is null)
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        [kind is null ? "kind" : "id"] = ["Give both kind and id for one subject's history, or neither for the latest changes."],
                    });
                var entries = kind is null
                    ? await trail.LatestAsync(Math.Clamp(limit ?? 100, 1, 500), ct)
                    : await trail.HistoryAsync(kind, id!, ct);
                return Results.Ok(entries);
            })
            .WithName("ListAdminAudit")
            .WithSummary("Administration changes, newest first: the latest ones, or every change of one subject (kind: Organisation, Department, Post, Person, Assignment, Register).")
            .Produces<IReadOnlyList<AdminAuditView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        audit.MapGet("/verify", async (AdminAuditTrail trail, CancellationToken ct) =>
            {
                var (entries, broken) = await trail.VerifyAsync(ct);
                return Results.Ok(new AdminAuditVerification(broken is null, entries, broken?.Sequence, broken?.Reason));
            })
            .WithName("VerifyAdminAudit")
            .WithSummary("Recompute the administration audit's hash chain; names the first entry that does not match.")
            .Produces<AdminAuditVerification>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
