using Workflow.Core.Classification;

namespace Workflow.Core.Deadlines;

/// <summary>
/// The rule of each urgency class (ชั้นความเร็ว). A more urgent class is never due later than a less urgent one:
/// each class's rule applies on top of the rules of the classes below it.
/// </summary>
public sealed record UrgencyPolicy(UrgencyRule Urgent, UrgencyRule VeryUrgent, UrgencyRule MostUrgent)
{
    /// <summary>ด่วน: half the step's time; ด่วนมาก: at most one working day; ด่วนที่สุด: the same working day (ADR 21).</summary>
    public static UrgencyPolicy Default { get; } = new(
        Urgent: new UrgencyRule(Halve: true),
        VeryUrgent: new UrgencyRule(AtMost: WorkingDuration.FromDays(1)),
        MostUrgent: new UrgencyRule(SameWorkingDay: true));

    /// <summary>The rules that apply to a class, least urgent first.</summary>
    public IEnumerable<UrgencyRule> RulesFor(Urgency urgency)
    {
        if (urgency >= Urgency.Urgent)
            yield return Urgent;
        if (urgency >= Urgency.VeryUrgent)
            yield return VeryUrgent;
        if (urgency >= Urgency.MostUrgent)
            yield return MostUrgent;
    }
}
