namespace Workflow.Core.Deadlines;

/// <summary>
/// How one urgency class shortens a step's due time: halve it, cap it (AtMost), or make it the close of office of the
/// working day the memo arrived on (SameWorkingDay). Several may be set; the earliest resulting instant wins.
/// </summary>
public sealed record UrgencyRule(bool Halve = false, WorkingDuration? AtMost = null, bool SameWorkingDay = false);
