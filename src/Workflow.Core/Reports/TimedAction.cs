using Workflow.Core.Engine;

namespace Workflow.Core.Reports;

/// <summary>One audit entry as the time-in-post figures read it: which memo, in what order, what, for which post, when.</summary>
public sealed record TimedAction(Guid DocumentId, string RouteId, int Sequence, ActionKind Action, DocumentStatus FromStatus, string ActedFor, DateTimeOffset At);
