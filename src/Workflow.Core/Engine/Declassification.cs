using Workflow.Core.Classification;
using Workflow.Core.Routes;

namespace Workflow.Core.Engine;

/// <summary>
/// Whether this person may declassify a signed secret memo now (ADR 23): the person who signed it, or whoever holds,
/// acts for or is delegated the signing post now. Reading decides first, as for every action, so to anyone else the
/// memo does not exist; a reader who is not the signer is refused (403); a memo not signed, or no longer secret, is a
/// conflict (409), which makes a second press of the button harmless.
/// </summary>
public static class Declassification
{
    public const int MaxReasonLength = 1000;

    /// <param name="signedBy">The user id and post of the signature's audit entry; null while the memo is unsigned.</param>
    public static Result Decide(RouteDefinition route, RouteState state, Secrecy secrecy, string authorId, Actor actor,
        (string UserId, string Post)? signedBy, string? reason, bool actedOnIt = false)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(actor);
        if (!ReadAccess.CanRead(route, authorId, state.HighestStepReached, actor, actedOnIt))
            return new Refusal(RefusalKind.NotFound, "not-found", "Document was not found.");
        var signingPost = signedBy?.Post ?? route.Steps.Last(s => s.Kind == StepKind.Sign).Position;
        var held = actor.For(signingPost);
        if (held is null && actor.UserId != signedBy?.UserId)
            return new Refusal(RefusalKind.Forbidden, "not-signer", "Only the signer, or the holder of the signing post, may declassify this memo.");
        if (state.Status != DocumentStatus.Signed || signedBy is null)
            return new Refusal(RefusalKind.Conflict, "not-signed", $"The memo is {state.Status}: only a signed memo can be declassified.");
        if (!SecrecyRules.IsSecret(secrecy))
            return new Refusal(RefusalKind.Conflict, "not-secret", "The memo is not secret (it may have been declassified already).");
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is null)
            return new Refusal(RefusalKind.Invalid, "reason-required", "A reason is required.", "reason");
        if (reason.Length > MaxReasonLength)
            return new Refusal(RefusalKind.Invalid, "reason-too-long", $"The reason may be at most {MaxReasonLength} characters.", "reason");
        return new Decision(ActionKind.Declassify, state, held?.Position ?? signingPost, held?.Capacity ?? Capacity.Self, null, reason, held?.OrderNumber);
    }
}
