using Workflow.Core.Deadlines;

namespace Workflow.Web.Options;

/// <summary>
/// Deadlines:* — when reminders fire and how urgency shortens a step (ADR 21). Office time (hh:mm:ss) counts only
/// office hours of working days. The defaults are the Core defaults; <see cref="DeadlineOptionsValidator"/> checks them at start-up.
/// </summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    /// <summary>How long before the due time the "due soon" reminder goes out (office time).</summary>
    public TimeSpan DueSoonLead { get; set; } = ReminderSettings.Default.DueSoonLead;

    /// <summary>How often an overdue memo is reminded again (office time).</summary>
    public TimeSpan OverdueRepeat { get; set; } = ReminderSettings.Default.OverdueRepeat;

    /// <summary>How long past its due time a memo is reported to the escalation post (office time).</summary>
    public TimeSpan EscalationDelay { get; set; } = ReminderSettings.Default.EscalationDelay;

    /// <summary>Local time of the daily digest on working days.</summary>
    public TimeOnly DigestTime { get; set; } = ReminderSettings.Default.DigestTime;

    public ReminderSettings Reminders => new(DueSoonLead, OverdueRepeat, EscalationDelay, DigestTime);

    /// <summary>How each urgency class shortens a step (Deadlines:Urgency:Urgent:Halve, …:VeryUrgent:AtMost, …).</summary>
    public UrgencyOptions Urgency { get; set; } = new();

    /// <summary>Core's policy from <see cref="Urgency"/> (a method: the configuration binder reads every property, before validation).</summary>
    public UrgencyPolicy ToUrgencyPolicy() => Urgency.ToPolicy();
}
