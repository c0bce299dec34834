using Workflow.Core.Assignments;
using static Workflow.Core.Tests.Assignments.AssignmentScene;

namespace Workflow.Core.Tests.Assignments;

public class AssignmentPeriodTests
{
    [Theory]
    [InlineData(2026, 11, 30, 23, 59, 59, false)]
    [InlineData(2026, 12, 1, 0, 0, 0, true)]
    [InlineData(2026, 12, 31, 23, 59, 0, true)]
    [InlineData(2026, 12, 31, 23, 59, 59, true)]
    [InlineData(2027, 1, 1, 0, 0, 0, false)]
    public void Contains_runs_from_midnight_of_the_first_day_to_midnight_after_the_last_in_bangkok(
        int year, int month, int day, int hour, int minute, int second, bool expected) =>
        Assert.Equal(expected, December.Contains(InBangkok(year, month, day, hour, minute, second), Bangkok));

    [Fact]
    public void Contains_reads_the_day_in_the_organisation_time_zone_not_in_utc()
    {
        // 17:00 UTC on 30 November is already midnight, 1 December, in Bangkok.
        var bangkokMidnight = new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);

        Assert.True(December.Contains(bangkokMidnight, Bangkok));
        Assert.False(December.Contains(bangkokMidnight.AddSeconds(-1), Bangkok));
    }

    [Fact]
    public void Contains_is_true_years_later_when_the_period_is_open_ended()
    {
        var openEnded = new AssignmentPeriod(new DateOnly(2026, 12, 1));

        Assert.True(openEnded.Contains(InBangkok(2036, 6, 1), Bangkok));
        Assert.False(openEnded.Contains(InBangkok(2026, 11, 30, 23, 59, 59), Bangkok));
    }

    [Fact]
    public void Contains_covers_the_whole_day_when_the_period_is_one_day()
    {
        var oneDay = new AssignmentPeriod(new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 15));

        Assert.True(oneDay.Contains(InBangkok(2026, 12, 15, 0, 0, 0), Bangkok));
        Assert.True(oneDay.Contains(InBangkok(2026, 12, 15, 23, 59, 59), Bangkok));
        Assert.False(oneDay.Contains(InBangkok(2026, 12, 16, 0, 0, 0), Bangkok));
    }

    [Fact]
    public void EndsBeforeItStarts_is_true_only_when_the_end_day_precedes_the_first()
    {
        Assert.True(new AssignmentPeriod(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1)).EndsBeforeItStarts);
        Assert.False(new AssignmentPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1)).EndsBeforeItStarts);
        Assert.False(new AssignmentPeriod(new DateOnly(2026, 12, 1)).EndsBeforeItStarts);
    }
}
