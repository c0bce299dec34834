namespace Workflow.Core.Assignments;

/// <summary>What makes an assignment acceptable; every problem is returned, so a form or an import row can show them all.</summary>
public static class AssignmentRules
{
    public static IReadOnlyList<AssignmentProblem> Check(Assignment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var problems = new List<AssignmentProblem>();
        void Add(AssignmentFault fault, string field, string message) => problems.Add(new(fault, field, message));

        if (string.IsNullOrWhiteSpace(a.UserId))
            Add(AssignmentFault.UserRequired, "userId", "The person is required.");
        if (string.IsNullOrWhiteSpace(a.Position))
            Add(AssignmentFault.PositionRequired, "position", "The post is required.");
        if (!Enum.IsDefined(a.Kind))
            Add(AssignmentFault.UnknownKind, "kind", $"Unknown assignment kind {a.Kind}.");
        if (a.Period.EndsBeforeItStarts)
            Add(AssignmentFault.EndsBeforeStart, "to", "The assignment ends before it starts.");

        var hasNumber = !string.IsNullOrWhiteSpace(a.OrderNumber);
        if (!hasNumber && (a.Kind == AssignmentKind.Acting || a.OrderDate is not null))
            Add(AssignmentFault.OrderNumberRequired, "orderNumber", "The order's number (คำสั่งที่) is required.");
        if (a.OrderDate is null && (a.Kind == AssignmentKind.Acting || hasNumber))
            Add(AssignmentFault.OrderDateRequired, "orderDate", "The order's date is required.");

        if (a.Kind == AssignmentKind.Delegated)
            CheckDelegation(a, Add);
        else if (a.DelegatedBy is not null || a.Routes is not null)
            Add(AssignmentFault.OnlyForDelegation, a.DelegatedBy is not null ? "delegatedBy" : "routes",
                "Only a delegation names who delegated it and the routes it is limited to.");
        return problems;
    }

    /// <summary>
    /// A delegation must come from someone who holds the post, outright or acting, on its first day; a delegated
    /// person may not delegate further. Null when <paramref name="delegation"/> passes, or is not a delegation.
    /// </summary>
    public static AssignmentProblem? CheckDelegator(Assignment delegation, IEnumerable<Assignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        ArgumentNullException.ThrowIfNull(assignments);
        if (delegation.Kind != AssignmentKind.Delegated || delegation.DelegatedBy is null)
            return null;
        var holds = assignments.Any(a => a.UserId == delegation.DelegatedBy && a.Position == delegation.Position
            && a.Kind is AssignmentKind.Holder or AssignmentKind.Acting && a.Period.Contains(delegation.Period.From));
        return holds ? null : new(AssignmentFault.DelegatorDoesNotHoldPost, "delegatedBy",
            $"'{delegation.DelegatedBy}' does not hold post '{delegation.Position}' on the day the delegation starts.");
    }

    private static void CheckDelegation(Assignment a, Action<AssignmentFault, string, string> add)
    {
        if (string.IsNullOrWhiteSpace(a.DelegatedBy))
            add(AssignmentFault.DelegatorRequired, "delegatedBy", "A delegation names the post holder who delegates.");
        else if (a.DelegatedBy == a.UserId)
            add(AssignmentFault.DelegationToSelf, "delegatedBy", "A person cannot delegate to themselves.");
        if (a.Routes is not null && (a.Routes.Count == 0 || a.Routes.Any(string.IsNullOrWhiteSpace)))
            add(AssignmentFault.RouteLimitInvalid, "routes", "A route limit names at least one route, and no blank one.");
    }
}
