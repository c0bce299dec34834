using static Workflow.Core.Tests.Calendar.CalendarScene;

namespace Workflow.Core.Tests.Calendar;

public class WorkingCalendarTests
{
    [Fact]
    public void AddWorkingDays_skips_the_weekend_when_counting_from_a_friday() =>
        Assert.Equal(InBangkok(2026, 11, 30), Bangkok.AddWorkingDays(InBangkok(2026, 11, 27), 1));

    [Fact]
    public void AddWorkingDays_skips_new_years_eve_new_years_day_and_the_weekend_across_the_year_boundary() =>
        Assert.Equal(InBangkok(2027, 1, 4, 14, 15), Bangkok.AddWorkingDays(InBangkok(2026, 12, 30, 14, 15), 1));

    [Fact]
    public void AddWorkingDays_skips_the_three_days_of_songkran() =>
        Assert.Equal(InBangkok(2026, 4, 16), Bangkok.AddWorkingDays(InBangkok(2026, 4, 10), 1));

    [Fact]
    public void AddWorkingDays_counts_back_over_holidays_when_negative() =>
        Assert.Equal(InBangkok(2026, 12, 30), Bangkok.AddWorkingDays(InBangkok(2027, 1, 4), -1));

    [Fact]
    public void AddWorkingDays_skips_a_substitution_day_for_a_holiday_on_a_weekend() =>
        Assert.Equal(InBangkok(2026, 12, 8), Bangkok.AddWorkingDays(InBangkok(2026, 12, 4), 1));

    [Fact]
    public void WorkingDaysBetween_counts_only_working_days_after_the_first_day_up_to_the_last()
    {
        Assert.Equal(1, Bangkok.WorkingDaysBetween(InBangkok(2026, 12, 30), InBangkok(2027, 1, 4)));
        Assert.Equal(2, Bangkok.WorkingDaysBetween(InBangkok(2026, 4, 10), InBangkok(2026, 4, 17)));
        Assert.Equal(0, Bangkok.WorkingDaysBetween(InBangkok(2026, 12, 4, 9), InBangkok(2026, 12, 4, 16)));
    }

    [Fact]
    public void WorkingDaysBetween_is_negative_when_the_second_instant_is_earlier() =>
        Assert.Equal(-2, Bangkok.WorkingDaysBetween(InBangkok(2026, 4, 17), InBangkok(2026, 4, 10)));

    [Fact]
    public void WorkingDaysBetween_undoes_AddWorkingDays_from_every_day_of_both_years()
    {
        for (var start = InBangkok(2026, 1, 1); start < InBangkok(2027, 12, 1); start = start.AddDays(1))
        {
            foreach (var days in new[] { 0, 1, 3, 10 })
                Assert.Equal(days, Bangkok.WorkingDaysBetween(start, Bangkok.AddWorkingDays(start, days)));
        }
    }

    [Fact]
    public void EndOfWorkingDay_is_the_close_of_office_of_the_same_day_while_the_office_is_open() =>
        Assert.Equal(InBangkok(2026, 11, 30, 16, 30), Bangkok.EndOfWorkingDay(InBangkok(2026, 11, 30, 10)));

    [Fact]
    public void EndOfWorkingDay_is_the_next_working_days_close_after_closing_time() =>
        Assert.Equal(InBangkok(2026, 12, 1, 16, 30), Bangkok.EndOfWorkingDay(InBangkok(2026, 11, 30, 16, 30)));

    [Fact]
    public void EndOfWorkingDay_of_a_holiday_is_the_close_of_the_next_working_day() =>
        Assert.Equal(InBangkok(2027, 1, 4, 16, 30), Bangkok.EndOfWorkingDay(InBangkok(2026, 12, 31, 11)));

    [Fact]
    public void EndOfWorkingDay_uses_the_organisations_time_zone_not_utc()
    {
        // 23:00 UTC on Monday 30 November is already 06:00 on Tuesday in Bangkok.
        var lateMondayUtc = new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 12, 1), Bangkok.LocalDay(lateMondayUtc));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), Bangkok.EndOfWorkingDay(lateMondayUtc));
    }

    [Fact]
    public void AddWorkingTime_counts_office_hours_only_over_a_weekend_and_back() =>
        Assert.Equal(
            (InBangkok(2026, 11, 30, 9, 30), InBangkok(2026, 11, 27, 15, 30)),
            (Bangkok.AddWorkingTime(InBangkok(2026, 11, 27, 15, 30), TimeSpan.FromHours(2)),
             Bangkok.AddWorkingTime(InBangkok(2026, 11, 30, 9, 30), TimeSpan.FromHours(-2))));

    [Fact]
    public void AddWorkingTime_starts_counting_at_the_next_opening_when_it_starts_outside_office_hours() =>
        Assert.Equal(InBangkok(2027, 1, 4, 9, 30), Bangkok.AddWorkingTime(InBangkok(2026, 12, 31, 20), TimeSpan.FromHours(1)));

    [Fact]
    public void IsWorkingDay_skips_only_weekends_in_a_year_the_holiday_list_does_not_cover()
    {
        var newYearsEve2568 = new DateOnly(2025, 12, 31);

        Assert.False(ThaiHolidays.Covers(newYearsEve2568));
        Assert.True(Bangkok.IsWorkingDay(newYearsEve2568));
        Assert.False(Bangkok.IsWorkingDay(new DateOnly(2025, 12, 27)));
    }
}
