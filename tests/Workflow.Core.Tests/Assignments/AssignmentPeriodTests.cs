using Workflow.Core.Assignments;
using static Workflow.Core.Tests.Assignments.AssignmentScene;

namespace Workflow.Core.Tests.Assignments;

public class AssignmentPeriodTests
{
    [Fact]
    public void Contains_is_false_at_the_last_second_of_the_day_before_the_period() =>
        Assert.False(December.Contains(InBangkok(2026, 11, 30, 23, 59, 59), Bangkok));

    [Fact]
    public void Contains_is_true_from_midnight_of_the_first_day() =>
        Assert.True(December.Contains(InBangkok(2026, 12, 1, 0, 0, 0), Bangkok));

    [Fact]
    public void Contains_is_true_late_on_the_last_day() =>
        Assert.True(December.Contains(InBangkok(2026, 12, 31, 23, 59, 59), Bangkok));

    [Fact]
    public void Contains_is_false_from_midnight_after_the_last_day() =>
        Assert.False(December.Contains(InBangkok(2027, 1, 1, 0, 0, 0), Bangkok));

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
