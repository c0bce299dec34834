using Workflow.Web.Administration;

namespace Workflow.Web.Pages.Support;

/// <summary>
/// What the shared _AdminHistory partial shows: administration changes, newest first, as AdminAuditTrail reads them.
/// The subject column only where they are of several subjects (the audit page); a subject's own page needs none.
/// </summary>
public sealed record AdminHistory(IReadOnlyList<AdminAuditView> Entries, bool ShowSubject = false);
