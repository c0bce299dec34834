using Microsoft.Extensions.Time.Testing;
using Workflow.Core.Calendar;

namespace Workflow.Core.Tests.Calendar;

/// <summary>The organisation's calendar the deadline tests run on: Bangkok, with the shipped Thai holidays of 2569–2570.</summary>
public static class CalendarScene
{
    public static HolidayList ThaiHolidays { get; } =
        HolidayListLoader.Load(Path.Combine(RepositoryFolders.Workflows, "holidays-th-2569-2570.json"));

    public static WorkingCalendar Bangkok { get; } = WorkingCalendar.For("Asia/Bangkok", ThaiHolidays);

    /// <summary>A wall-clock time in Bangkok (UTC+7 all year).</summary>
    public static DateTimeOffset InBangkok(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    /// <summary>The edge we do not own: a clock the test sets.</summary>
    public static FakeTimeProvider ClockAt(DateTimeOffset now) => new(now) { AutoAdvanceAmount = TimeSpan.Zero };
}
