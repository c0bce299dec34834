using Workflow.Core.Deadlines;

namespace Workflow.Web.Options;

/// <summary>Deadlines:Urgency:&lt;class&gt;:* — how one urgency class shortens a step (Core's <see cref="UrgencyRule"/>).</summary>
public sealed class UrgencyRuleOptions
{
    public bool Halve { get; set; }

    /// <summary>The longest the step may take in this class, as a route's "due" ("P1D", "PT4H"); empty: no cap.</summary>
    public string? AtMost { get; set; }

    public bool SameWorkingDay { get; set; }

    public static UrgencyRuleOptions From(UrgencyRule rule) =>
        new() { Halve = rule.Halve, AtMost = rule.AtMost?.ToString(), SameWorkingDay = rule.SameWorkingDay };

    /// <summary>The Core rule; call only after validation (an AtMost that is not a working duration throws).</summary>
    public UrgencyRule ToRule() =>
        new(Halve, string.IsNullOrWhiteSpace(AtMost) ? null : WorkingDuration.Parse(AtMost.Trim()), SameWorkingDay);
}
