namespace Workflow.Web.Administration;

/// <summary>
/// One audited change: the kind and id of what changed, the action, and the subject before and after (any object,
/// written as JSON; null before a creation or after a deletion). Never put a secret (password, hash) in either.
/// </summary>
public sealed record AdminChange(string SubjectKind, string SubjectId, string Action, object? Before, object? After);
