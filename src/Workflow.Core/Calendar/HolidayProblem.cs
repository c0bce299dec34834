namespace Workflow.Core.Calendar;

/// <summary>One thing wrong with a holiday list: which entry (its index; -1 for the years), what, and an English message.</summary>
public sealed record HolidayProblem(int Index, HolidayFault Fault, string Message);
