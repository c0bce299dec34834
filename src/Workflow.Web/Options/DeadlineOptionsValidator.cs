using Microsoft.Extensions.Options;
using Workflow.Core.Deadlines;

namespace Workflow.Web.Options;

/// <summary>Checks Deadlines:* at start-up, each failure naming its key, so a bad rule never reaches a memo's due time.</summary>
public sealed class DeadlineOptionsValidator : IValidateOptions<DeadlineOptions>
{
    public ValidateOptionsResult Validate(string? name, DeadlineOptions options)
    {
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(DeadlineOptions o)
    {
        const string Section = DeadlineOptions.Section;
        if (o.DueSoonLead <= TimeSpan.Zero)
            yield return $"{Section}:{nameof(o.DueSoonLead)} must be positive office time (e.g. 04:00:00), not {o.DueSoonLead}.";
        if (o.OverdueRepeat <= TimeSpan.Zero)
            yield return $"{Section}:{nameof(o.OverdueRepeat)} must be positive office time (e.g. 08:00:00), not {o.OverdueRepeat}.";
        if (o.EscalationDelay < TimeSpan.Zero)
            yield return $"{Section}:{nameof(o.EscalationDelay)} must not be negative, not {o.EscalationDelay}.";
        foreach (var (name, rule) in o.Urgency.Classes)
        {
            if (string.IsNullOrWhiteSpace(rule.AtMost))
                continue;
            if (WorkingDuration.Problem(rule.AtMost.Trim(), out _) is { } problem)
                yield return $"{Section}:{nameof(o.Urgency)}:{name}:{nameof(rule.AtMost)}: {problem}.";
        }
    }
}
