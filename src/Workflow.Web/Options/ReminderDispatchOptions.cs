using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

/// <summary>
/// Deadlines:PollInterval and Deadlines:ClaimLease — how often the reminder dispatcher looks for due reminders and
/// digests, and how long a claimed reminder stays with its claimant before another instance may take it (ADR 26).
/// </summary>
public sealed class ReminderDispatchOptions : IValidatableObject
{
    public const string Section = DeadlineOptions.Section;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A claim older than this has lapsed: its claimant is taken to have died, and the row is sent by another.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval <= TimeSpan.Zero)
            yield return new ValidationResult("Deadlines:PollInterval must be positive.", ["Deadlines:PollInterval"]);
        if (ClaimLease <= TimeSpan.Zero)
            yield return new ValidationResult("Deadlines:ClaimLease must be positive.", ["Deadlines:ClaimLease"]);
    }
}
