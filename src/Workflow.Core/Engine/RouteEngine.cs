using Workflow.Core.Routes;

namespace Workflow.Core.Engine;

/// <summary>
/// The route as a pure state machine: (route, state, author, actor, action) → a decision or a refusal.
/// It reads no clock and touches no storage, so every combination can be tested directly.
/// </summary>
public static class RouteEngine
{
    public const string DefaultEndorsementNote = "เพื่อโปรดทราบ";

    /// <param name="actedOnIt">Whether the audit shows this person acted on the document before (see <see cref="ReadAccess"/>).</param>
    public static Result Decide(RouteDefinition route, RouteState state, string authorId, Actor actor, ActionKind action, string? note,
        bool actedOnIt = false)
    {
        // Reading decides first: a refusal that names a reason (not your turn, moved on) would tell a non-reader it exists.
        if (!ReadAccess.CanRead(route, authorId, state.HighestStepReached, actor, actedOnIt))
            return NotFound;
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return action switch
        {
            ActionKind.Declassify => Refuse(RefusalKind.Invalid, "not-a-route-action", "Declassification is decided by Declassification, not the route.", "action"),
            ActionKind.Submit => Submit(route, state, authorId, actor, note),
            ActionKind.Withdraw => Withdraw(route, state, authorId, actor, note),
            _ => ApproverAction(route, state, actor, action, note),
        };
    }

    private static Result Submit(RouteDefinition route, RouteState state, string authorId, Actor actor, string? note)
    {
        if (actor.UserId != authorId)
            return Refuse(RefusalKind.Forbidden, "not-author", "Only the author may submit this document.");
        var submitter = route.Submitters.Select(actor.For).FirstOrDefault(p => p is not null);
        if (submitter is null)
            return Refuse(RefusalKind.Forbidden, "not-a-submitter", $"Your positions may not start route '{route.Id}'.");
        if (!state.IsEditableByAuthor)
            return Refuse(RefusalKind.Conflict, "already-submitted", $"The document is {state.Status} and cannot be submitted.");
        var next = new RouteState(DocumentStatus.InRoute, 0, state.Round + 1, Math.Max(state.HighestStepReached, 0));
        return new Decision(ActionKind.Submit, next, submitter.Position, submitter.Capacity, route.Steps[0].Position, note, submitter.OrderNumber);
    }

    private static Result Withdraw(RouteDefinition route, RouteState state, string authorId, Actor actor, string? note)
    {
        if (actor.UserId != authorId)
            return Refuse(RefusalKind.Forbidden, "not-author", "Only the author may withdraw this document.");
        if (state.IsFinal)
            return Refuse(RefusalKind.Conflict, "final", $"The document is {state.Status} and cannot be withdrawn.");
        var asPosition = route.Submitters.Select(actor.For).FirstOrDefault(p => p is not null);
        return new Decision(ActionKind.Withdraw, state with { Status = DocumentStatus.Withdrawn }, asPosition?.Position ?? route.Submitters[0],
            asPosition?.Capacity ?? Capacity.Self, null, note, asPosition?.OrderNumber);
    }

    private static Result ApproverAction(RouteDefinition route, RouteState state, Actor actor, ActionKind action, string? note)
    {
        var step = state.Status == DocumentStatus.InRoute ? route.Steps[state.CurrentStep] : null;
        var held = step is null ? null : actor.For(step.Position);
        if (held is null)
        {
            // Someone whose turn has passed (a double click, a second holder of the same post) lost a race: 409.
            // Any other reader has no business with this document now: 403.
            return HasActedEarlier(route, state, actor) ? MovedOn : NotYourTurn;
        }

        return action switch
        {
            ActionKind.Endorse when step!.Kind != StepKind.Endorse =>
                Refuse(RefusalKind.Conflict, "step-is-signature", "This step is a signature: sign, return or refuse."),
            ActionKind.Sign when step!.Kind != StepKind.Sign =>
                Refuse(RefusalKind.Conflict, "step-is-endorsement", "This step is an endorsement: endorse, return or refuse."),
            ActionKind.Return or ActionKind.Refuse when note is null =>
                Refuse(RefusalKind.Invalid, "reason-required", "A reason is required.", "note"),
            ActionKind.Endorse => Advance(route, state, held, note ?? DefaultEndorsementNote),
            ActionKind.Sign => new Decision(action, state with { Status = DocumentStatus.Signed }, held.Position, held.Capacity, null, note, held.OrderNumber),
            ActionKind.Return => new Decision(action, state with { Status = DocumentStatus.Returned, CurrentStep = 0 }, held.Position, held.Capacity, null, note,
                held.OrderNumber),
            ActionKind.Refuse => new Decision(action, state with { Status = DocumentStatus.Refused }, held.Position, held.Capacity, null, note, held.OrderNumber),
            _ => Refuse(RefusalKind.Invalid, "unknown-action", $"Unknown action {action}.", "action"),
        };
    }

    private static Decision Advance(RouteDefinition route, RouteState state, HeldPosition held, string note)
    {
        var nextIndex = state.CurrentStep + 1;
        return new Decision(ActionKind.Endorse, state with { CurrentStep = nextIndex, HighestStepReached = Math.Max(state.HighestStepReached, nextIndex) },
            held.Position, held.Capacity,
            route.Steps[nextIndex].Position, note, held.OrderNumber);
    }

    private static Refusal NotFound { get; } = new(RefusalKind.NotFound, "not-found", "Document was not found.");

    private static Refusal MovedOn { get; } = new(RefusalKind.Conflict, "moved-on", "The document has moved on since it was your turn.");

    private static Refusal NotYourTurn { get; } = new(RefusalKind.Forbidden, "not-your-turn", "The document is not waiting for any position you hold.");

    private static bool HasActedEarlier(RouteDefinition route, RouteState state, Actor actor)
    {
        var passed = state.Status switch
        {
            DocumentStatus.InRoute => route.Steps.Take(state.CurrentStep),
            // A document that has left the route (signed, refused, returned, withdrawn) makes the click of any
            // approver it reached stale, e.g. a double click on Return. One it never reached was refused above.
            _ => route.Steps.Take(state.HighestStepReached + 1),
        };
        return passed.Any(s => actor.For(s.Position) is not null);
    }

    private static Refusal Refuse(RefusalKind kind, string code, string message, string? field = null) =>
        new(kind, code, message, field);
}
