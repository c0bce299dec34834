namespace Workflow.Core.Deadlines;

/// <summary>
/// When reminders fire. Lead, repeat and delay are office time (only the office hours of working days count), so a
/// reminder never lands on a weekend or a holiday; the digest goes out at a local time of day on working days.
/// </summary>
public sealed record ReminderSettings(TimeSpan DueSoonLead, TimeSpan OverdueRepeat, TimeSpan EscalationDelay, TimeOnly DigestTime)
{
    /// <summary>Half an office day before the due time; overdue every office day; escalated one office day late; 08:30.</summary>
    public static ReminderSettings Default { get; } = new(
        DueSoonLead: TimeSpan.FromHours(4),
        OverdueRepeat: TimeSpan.FromHours(8),
        EscalationDelay: TimeSpan.FromHours(8),
        DigestTime: new TimeOnly(8, 30));
}
