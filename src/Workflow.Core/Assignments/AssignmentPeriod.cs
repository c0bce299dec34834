namespace Workflow.Core.Assignments;

/// <summary>
/// Inclusive days in the organisation's time zone: "1–31 Dec 2026" starts at 00:00 on 1 December there and ends
/// just before 00:00 on 1 January. No end day means open-ended.
/// </summary>
public readonly record struct AssignmentPeriod(DateOnly From, DateOnly? To = null)
{
    public bool EndsBeforeItStarts => To < From;

    public bool Contains(DateOnly day) => day >= From && (To is null || day <= To);

    public bool Contains(DateTimeOffset instant, TimeZoneInfo zone) => Contains(DayIn(zone, instant));

    /// <summary>The calendar day an instant falls on in a time zone; comparing days, not midnights, is right even where a DST change skips midnight.</summary>
    public static DateOnly DayIn(TimeZoneInfo zone, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }
}
