namespace Workflow.Web.Administration;

/// <summary>An assignment with its audited changes, newest first.</summary>
public sealed record AssignmentHistory(AssignmentView Assignment, IReadOnlyList<AdminAuditView> History);
