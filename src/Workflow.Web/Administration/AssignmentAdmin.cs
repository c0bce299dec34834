using Microsoft.EntityFrameworkCore;
using Workflow.Core.Assignments;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Routes;

namespace Workflow.Web.Administration;

/// <summary>
/// The write side of assignments, for the administrator and for a holder delegating their own post alike: create
/// (Core's <see cref="AssignmentRules"/> decide), end early, correct the order. Every change goes through <see cref="AdminChanges"/>.
/// </summary>
public sealed class AssignmentAdmin(WorkflowDbContext db, AdminChanges changes, RouteRegistry routes, AssignmentDirectory directory,
    TimeProvider clock, ILogger<AssignmentAdmin> log)
{
    public const string SubjectKind = "Assignment";

    public async Task<Outcome<AssignmentView>> CreateAsync(AssignmentRequest? request, AdminActor by, CancellationToken ct)
    {
        if (RequestValidation.Validate(request) is { } invalid)
            return invalid;
        var person = await PersonAsync(request!.UserName!, "userName", ct);
        if (!person.Succeeded)
            return person.Failure;
        if (!await db.Posts.AnyAsync(p => p.Key == request.Position, ct))
            return Refuse("unknown-post", "position", $"There is no post '{request.Position}'.");
        string? delegatorId = null;
        if (request.DelegatedBy is not null)
        {
            var delegator = await PersonAsync(request.DelegatedBy, "delegatedBy", ct);
            if (!delegator.Succeeded)
                return delegator.Failure;
            delegatorId = delegator.Value;
        }

        if (request.Routes?.FirstOrDefault(r => !routes.Catalog.Routes.Any(c => c.Id == r)) is { } unknownRoute && unknownRoute.Length > 0)
            return Refuse("unknown-route", "routes", $"There is no route '{unknownRoute}'.");

        var row = new PostAssignment
        {
            Id = Guid.CreateVersion7(),
            UserId = person.Value,
            Position = request.Position!,
            Kind = request.Kind!.Value,
            From = request.From!.Value,
            To = request.To,
            OrderNumber = string.IsNullOrWhiteSpace(request.OrderNumber) ? null : request.OrderNumber.Trim(),
            OrderDate = request.OrderDate,
            DelegatedBy = delegatorId,
            Routes = request.Routes is null ? null : PostAssignment.JoinRoutes(request.Routes.Distinct(StringComparer.Ordinal)),
        };
        var assignment = row.ToAssignment();
        if (FromProblems(AssignmentRules.Check(assignment)) is { } refused)
            return refused;
        if (delegatorId is not null)
        {
            var held = await db.Assignments.AsNoTracking().Where(a => a.UserId == delegatorId && a.Position == row.Position).ToListAsync(ct);
            if (AssignmentRules.CheckDelegator(assignment, held.Select(h => h.ToAssignment())) is { } problem)
                return FromProblems([problem])!;
        }

        row.CreatedAt = clock.GetUtcNow();
        db.Assignments.Add(row);
        await changes.SaveAsync(by, [new AdminChange(SubjectKind, row.Id.ToString(), "Created", null, Snapshot(row))], ct);
        log.LogInformation("Assignment {AssignmentId} created by {ActorId}: {Kind} of {Position} for {UserId} from {From} to {To}",
            row.Id, by.Id, row.Kind, row.Position, row.UserId, row.From, row.To);
        return (await directory.ViewsAsync([row], ct))[0];
    }

    /// <summary>Sets the last day earlier; <paramref name="mayChange"/> hides assignments the caller may not end (404).</summary>
    public async Task<Outcome<AssignmentView>> EndAsync(Guid id, AssignmentEndRequest? request, AdminActor by, Func<PostAssignment, bool> mayChange, CancellationToken ct)
    {
        if (RequestValidation.Validate(request) is { } invalid)
            return invalid;
        return await ChangeAsync(id, request!.Version!.Value, by, "Ended", mayChange, row =>
        {
            var to = request.To!.Value;
            if (to < row.From)
                return Refuse("ends-before-start", "to", $"The last day {to:yyyy-MM-dd} is before the first day {row.From:yyyy-MM-dd}.");
            if (row.To is { } end && to > end)
                return Refuse("ends-later", "to", $"The assignment already ends on {end:yyyy-MM-dd}; it can only be ended earlier.");
            row.To = to;
            return null;
        }, ct);
    }

    public async Task<Outcome<AssignmentView>> SetOrderAsync(Guid id, AssignmentOrderRequest? request, AdminActor by, CancellationToken ct)
    {
        if (RequestValidation.Validate(request) is { } invalid)
            return invalid;
        return await ChangeAsync(id, request!.Version!.Value, by, "OrderChanged", _ => true, row =>
        {
            row.OrderNumber = string.IsNullOrWhiteSpace(request.OrderNumber) ? null : request.OrderNumber.Trim();
            row.OrderDate = request.OrderDate;
            return FromProblems(AssignmentRules.Check(row.ToAssignment()));
        }, ct);
    }

    private async Task<Outcome<AssignmentView>> ChangeAsync(Guid id, int version, AdminActor by, string action,
        Func<PostAssignment, bool> mayChange, Func<PostAssignment, Failure?> change, CancellationToken ct)
    {
        var row = await db.Assignments.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (row is null || !mayChange(row))
            return Failure.NotFound("Assignment");
        if (row.Version != version)
            return Failure.Conflict($"The assignment has changed since version {version}; it is now version {row.Version}.");
        var before = Snapshot(row);
        if (change(row) is { } refused)
        {
            db.Entry(row).State = EntityState.Detached;
            return refused;
        }

        row.Version++;
        try
        {
            await changes.SaveAsync(by, [new AdminChange(SubjectKind, row.Id.ToString(), action, before, Snapshot(row))], ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("The assignment was changed by someone else at the same time; reload it.");
        }

        log.LogInformation("Assignment {AssignmentId} {Action} by {ActorId}", row.Id, action, by.Id);
        return (await directory.ViewsAsync([row], ct))[0];
    }

    private async Task<Outcome<string>> PersonAsync(string userName, string field, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName.Trim()).Select(u => new { u.Id, u.IsActive }).FirstOrDefaultAsync(ct);
        if (user is null)
            return Refuse("unknown-person", field, $"There is no person with user name '{userName}'.");
        return user.IsActive ? user.Id : Refuse("person-inactive", field, $"'{userName}' is deactivated.");
    }

    private static Failure Refuse(string code, string field, string detail) => new(StatusCodes.Status400BadRequest, code, detail, field);

    /// <summary>Every problem by field (the person is named by user name here), under the code of the first.</summary>
    public static Failure? FromProblems(IReadOnlyList<AssignmentProblem> problems)
    {
        if (problems.Count == 0)
            return null;
        static string Field(string f) => f == "userId" ? "userName" : f;
        var errors = problems.GroupBy(p => Field(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        var first = problems[0];
        return new Failure(StatusCodes.Status400BadRequest, Code(first.Fault), first.Message, Field(first.Field)) { Errors = errors };
    }

    /// <summary>The refusal code of a fault: EndsBeforeStart → "ends-before-start".</summary>
    public static string Code(AssignmentFault fault) =>
        string.Concat(fault.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static object Snapshot(PostAssignment a) => new
    {
        a.UserId, a.Position, Kind = a.Kind.ToString(), a.From, a.To, a.OrderNumber, a.OrderDate, a.DelegatedBy, a.Routes, a.Version,
    };
}
