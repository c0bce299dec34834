using Microsoft.EntityFrameworkCore;
using Workflow.Core.Assignments;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration;

/// <summary>
/// A holder delegating their own post (ปฏิบัติราชการแทน): the same path as the administrator's, with the holder as the
/// delegator and as the audited actor. Only delegations they gave can be ended by them; others answer 404.
/// </summary>
public sealed class HolderDelegations(WorkflowDbContext db, AssignmentAdmin admin, AssignmentDirectory directory)
{
    public Task<(IReadOnlyList<AssignmentView> Given, IReadOnlyList<AssignmentView> Received)> ListAsync(CurrentUser me, CancellationToken ct) =>
        directory.DelegationsOfAsync(me.Id, ct);

    public async Task<Outcome<AssignmentView>> GiveAsync(CurrentUser me, DelegationRequest? request, CancellationToken ct)
    {
        if (RequestValidation.Validate(request) is { } invalid)
            return invalid;
        var myName = await db.Users.AsNoTracking().Where(u => u.Id == me.Id).Select(u => u.UserName).FirstAsync(ct);
        var given = await admin.CreateAsync(new AssignmentRequest
        {
            UserName = request!.UserName,
            Position = request.Position,
            Kind = AssignmentKind.Delegated,
            From = request.From,
            To = request.To,
            DelegatedBy = myName,
            Routes = request.Routes,
        }, Actor(me), ct);
        return given.Succeeded ? given : InMyTerms(given.Failure);
    }

    public Task<Outcome<AssignmentView>> EndAsync(CurrentUser me, Guid id, AssignmentEndRequest? request, CancellationToken ct) =>
        admin.EndAsync(id, request, Actor(me), a => a.Kind == AssignmentKind.Delegated && a.DelegatedBy == me.Id, ct);

    private static AdminActor Actor(CurrentUser me) => new(me.Id, me.DisplayName);

    // The holder's request has no delegatedBy field: to themselves is about whom they named, not holding the post about the post.
    private static Failure InMyTerms(Failure f)
    {
        if (f.Field != "delegatedBy")
            return f;
        var field = f.Code == AssignmentAdmin.Code(AssignmentFault.DelegatorDoesNotHoldPost) ? "position" : "userName";
        var errors = f.Errors?.GroupBy(e => e.Key == "delegatedBy" ? field : e.Key)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray());
        return f with { Field = field, Errors = errors };
    }
}
