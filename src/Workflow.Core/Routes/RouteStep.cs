using Workflow.Core.Deadlines;

namespace Workflow.Core.Routes;

/// <summary>
/// One step of a route. Due (how long the step may wait, in working days and office time) and EscalateTo (the post
/// told when it is overdue) are optional, so route snapshots stored before they existed still read (ADR 21).
/// </summary>
public sealed record RouteStep(int Index, string Position, StepKind Kind, WorkingDuration? Due = null, string? EscalateTo = null);
