namespace Workflow.Core.Deadlines;

/// <summary>One reminder to send: what kind, when, and to the holders of which post.</summary>
public sealed record PlannedReminder(ReminderKind Kind, DateTimeOffset At, string Post);
