namespace Workflow.Web.Administration;

/// <summary>Who may act for one post today: its holders, those acting by an order, and those it was delegated to.</summary>
public sealed record PostToday(
    string Position,
    DateOnly Day,
    IReadOnlyList<AssignmentView> Holders,
    IReadOnlyList<AssignmentView> Acting,
    IReadOnlyList<AssignmentView> Delegated);
