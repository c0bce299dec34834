namespace Workflow.Core.Assignments;

/// <summary>Why an assignment is refused (see <see cref="AssignmentRules"/>).</summary>
public enum AssignmentFault
{
    UserRequired,
    PositionRequired,
    UnknownKind,
    EndsBeforeStart,

    /// <summary>An acting assignment exists only by an order: its number (คำสั่งที่ …) is required.</summary>
    OrderNumberRequired,

    /// <summary>An order is cited by number and date together.</summary>
    OrderDateRequired,

    DelegatorRequired,
    DelegationToSelf,

    /// <summary>Only the post's holder or acting holder may delegate it, on the delegation's first day.</summary>
    DelegatorDoesNotHoldPost,

    /// <summary>A delegating holder or a route limit given for a holder or acting assignment, where it would mean nothing.</summary>
    OnlyForDelegation,

    /// <summary>A route limit that names no route, or a blank one; no limit is written as none (null).</summary>
    RouteLimitInvalid,
}
