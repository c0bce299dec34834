namespace Workflow.Core.Calendar;

/// <summary>
/// Working days and office time in the organisation's time zone: Monday to Friday, less the holidays of the list,
/// open for the office hours. Beyond the years the list covers only weekends are skipped.
/// </summary>
public sealed class WorkingCalendar
{
    public WorkingCalendar(TimeZoneInfo zone, HolidayList holidays, OfficeHours? hours = null)
    {
        Hours = hours ?? OfficeHours.ThaiGovernment;
        if (Hours.Opens >= Hours.Closes)
            throw new ArgumentException($"Office hours must open before they close ({Hours.Opens}–{Hours.Closes}).", nameof(hours));
        Zone = zone;
        Holidays = holidays;
    }

    /// <exception cref="TimeZoneNotFoundException">The id is not a time zone this machine knows.</exception>
    public static WorkingCalendar For(string ianaTimeZone, HolidayList holidays, OfficeHours? hours = null) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(ianaTimeZone), holidays, hours);

    public TimeZoneInfo Zone { get; }

    public HolidayList Holidays { get; }

    public OfficeHours Hours { get; }

    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.IsHoliday(day);

    /// <summary>The instant a local wall-clock time of a day happens.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>Counts working days from a day: 1 is the next working day after it, -1 the last one before it.</summary>
    public DateOnly AddWorkingDays(DateOnly day, int days)
    {
        var step = days >= 0 ? 1 : -1;
        for (var left = Math.Abs(days); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
                left--;
        }

        return day;
    }

    /// <summary>The same local time of day, that many working days after (or before) the instant's day.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset instant, int days) =>
        At(AddWorkingDays(LocalDay(instant), days), TimeOnly.FromDateTime(Local(instant)));

    /// <summary>Working days after from's day up to and including to's day; negative when to is earlier.</summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var (first, last) = (LocalDay(from), LocalDay(to));
        var (low, high, sign) = first <= last ? (first, last, 1) : (last, first, -1);
        var count = 0;
        for (var day = low.AddDays(1); day <= high; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                count++;
        }

        return sign * count;
    }

    /// <summary>
    /// The working day an instant counts on: its own day while the office has not closed, else the next working day
    /// (a memo arriving on Saturday or at 20:00 is first seen at the next opening).
    /// </summary>
    public DateOnly WorkingDayOf(DateTimeOffset instant)
    {
        var day = LocalDay(instant);
        return IsWorkingDay(day) && TimeOnly.FromDateTime(Local(instant)) < Hours.Closes ? day : AddWorkingDays(day, 1);
    }

    /// <summary>The close of office of the working day the instant counts on.</summary>
    public DateTimeOffset EndOfWorkingDay(DateTimeOffset instant) => At(WorkingDayOf(instant), Hours.Closes);

    /// <summary>Adds (or with a negative span, takes away) office time: only the office hours of working days count.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset instant, TimeSpan time) =>
        time == TimeSpan.Zero ? instant : time > TimeSpan.Zero ? Forward(instant, time) : Backward(instant, -time);

    private DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    private DateTimeOffset Forward(DateTimeOffset instant, TimeSpan left)
    {
        var day = WorkingDayOf(instant);
        var clock = day == LocalDay(instant) ? Max(TimeOnly.FromDateTime(Local(instant)), Hours.Opens) : Hours.Opens;
        while (true)
        {
            var open = Hours.Closes - clock;
            if (left <= open)
                return At(day, clock.Add(left));
            left -= open;
            (day, clock) = (AddWorkingDays(day, 1), Hours.Opens);
        }
    }

    private DateTimeOffset Backward(DateTimeOffset instant, TimeSpan left)
    {
        var day = LocalDay(instant);
        var clock = TimeOnly.FromDateTime(Local(instant));
        if (!IsWorkingDay(day) || clock <= Hours.Opens)
            (day, clock) = (AddWorkingDays(day, -1), Hours.Closes);
        else if (clock > Hours.Closes)
            clock = Hours.Closes;
        while (true)
        {
            var open = clock - Hours.Opens;
            if (left <= open)
                return At(day, clock.Add(-left));
            left -= open;
            (day, clock) = (AddWorkingDays(day, -1), Hours.Closes);
        }
    }

    private static TimeOnly Max(TimeOnly a, TimeOnly b) => a > b ? a : b;
}
