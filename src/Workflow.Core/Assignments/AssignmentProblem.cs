namespace Workflow.Core.Assignments;

/// <summary>One thing wrong with an assignment, the field it concerns (as the API names it), and an English message.</summary>
public sealed record AssignmentProblem(AssignmentFault Fault, string Field, string Message);
