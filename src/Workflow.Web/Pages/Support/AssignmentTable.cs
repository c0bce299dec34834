using Workflow.Web.Administration;

namespace Workflow.Web.Pages.Support;

/// <summary>The model of _AssignmentTable: the rows, the table's caption, and whether each row links to its administration page.</summary>
public sealed record AssignmentTable(IReadOnlyList<AssignmentView> Rows, string Caption, string TestId, bool Links);
