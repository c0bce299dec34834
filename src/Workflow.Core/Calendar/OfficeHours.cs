namespace Workflow.Core.Calendar;

/// <summary>When the offices are open on a working day, local time; Thai government offices keep 08:30–16:30.</summary>
public sealed record OfficeHours(TimeOnly Opens, TimeOnly Closes)
{
    public static OfficeHours ThaiGovernment { get; } = new(new TimeOnly(8, 30), new TimeOnly(16, 30));

    public TimeSpan Length => Closes - Opens;
}
