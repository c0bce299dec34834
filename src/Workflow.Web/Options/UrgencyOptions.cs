using Workflow.Core.Deadlines;

namespace Workflow.Web.Options;

/// <summary>Deadlines:Urgency:* — the rule of each urgency class (ชั้นความเร็ว); the defaults are <see cref="UrgencyPolicy.Default"/>.</summary>
public sealed class UrgencyOptions
{
    /// <summary>ด่วน</summary>
    public UrgencyRuleOptions Urgent { get; set; } = UrgencyRuleOptions.From(UrgencyPolicy.Default.Urgent);

    /// <summary>ด่วนมาก</summary>
    public UrgencyRuleOptions VeryUrgent { get; set; } = UrgencyRuleOptions.From(UrgencyPolicy.Default.VeryUrgent);

    /// <summary>ด่วนที่สุด</summary>
    public UrgencyRuleOptions MostUrgent { get; set; } = UrgencyRuleOptions.From(UrgencyPolicy.Default.MostUrgent);

    /// <summary>Each class with its setting's name, least urgent first.</summary>
    public IEnumerable<(string Name, UrgencyRuleOptions Rule)> Classes =>
        [(nameof(Urgent), Urgent), (nameof(VeryUrgent), VeryUrgent), (nameof(MostUrgent), MostUrgent)];

    public UrgencyPolicy ToPolicy() => new(Urgent.ToRule(), VeryUrgent.ToRule(), MostUrgent.ToRule());
}
