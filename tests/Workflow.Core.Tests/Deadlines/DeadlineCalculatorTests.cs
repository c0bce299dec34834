using Workflow.Core.Classification;
using Workflow.Core.Deadlines;
using static Workflow.Core.Tests.Calendar.CalendarScene;

namespace Workflow.Core.Tests.Deadlines;

/// <summary>Monday 30 November 2026 in Bangkok: the week has no holiday until Monday 7 December (substitution day).</summary>
public class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Deadlines = new(Bangkok, UrgencyPolicy.Default);
    private static readonly DateTimeOffset MondayMorning = InBangkok(2026, 11, 30, 10);

    private static DateTimeOffset? Due(string? due, Urgency urgency, DateTimeOffset? arrived = null) =>
        Deadlines.DueAt(due is null ? null : WorkingDuration.Parse(due), arrived ?? MondayMorning, urgency);

    public static TheoryData<string?, Urgency, DateTimeOffset?> Shortened => new()
    {
        { "P2D", Urgency.None, InBangkok(2026, 12, 2, 16, 30) },
        { "P2D", Urgency.Urgent, InBangkok(2026, 12, 1, 16, 30) },
        { "P3D", Urgency.Urgent, InBangkok(2026, 12, 2, 12, 30) },
        { "P3D", Urgency.VeryUrgent, InBangkok(2026, 12, 1, 16, 30) },
        { "P2D", Urgency.MostUrgent, InBangkok(2026, 11, 30, 16, 30) },
        { "PT2H", Urgency.MostUrgent, InBangkok(2026, 11, 30, 11) },
        { null, Urgency.None, null },
        { null, Urgency.Urgent, null },
        { null, Urgency.VeryUrgent, InBangkok(2026, 12, 1, 16, 30) },
        { null, Urgency.MostUrgent, InBangkok(2026, 11, 30, 16, 30) },
    };

    [Theory]
    [MemberData(nameof(Shortened))]
    public void DueAt_shortens_the_steps_due_time_by_urgency(string? due, Urgency urgency, DateTimeOffset? expected) =>
        Assert.Equal(expected, Due(due, urgency));

    [Fact]
    public void DueAt_counts_days_from_the_next_working_day_when_the_memo_arrives_after_closing_time() =>
        Assert.Equal(InBangkok(2026, 12, 2, 16, 30), Due("P1D", Urgency.None, InBangkok(2026, 11, 30, 17)));

    [Fact]
    public void DueAt_skips_the_weekend_and_a_substitution_day() =>
        Assert.Equal(InBangkok(2026, 12, 9, 16, 30), Due("P2D", Urgency.None, InBangkok(2026, 12, 4, 15)));

    [Fact]
    public void DueAt_skips_the_new_year_holidays_across_the_year_boundary() =>
        Assert.Equal(InBangkok(2027, 1, 5, 16, 30), Due("P2D", Urgency.None, InBangkok(2026, 12, 30, 11)));

    [Fact]
    public void DueAt_counts_hours_as_office_time_into_the_next_working_day() =>
        Assert.Equal(InBangkok(2026, 12, 1, 11), Due("PT4H", Urgency.None, InBangkok(2026, 11, 30, 15)));

    [Fact]
    public void DueAt_of_the_same_working_day_is_the_next_working_days_close_for_a_memo_arriving_on_a_holiday() =>
        Assert.Equal(InBangkok(2027, 1, 4, 16, 30), Due("P2D", Urgency.MostUrgent, InBangkok(2027, 1, 1, 9)));

    [Fact]
    public void DueAt_is_never_later_for_a_more_urgent_class()
    {
        string?[] dues = [null, "PT1H", "PT4H", "P1D", "P1DT2H", "P2D", "P3D", "P5D"];
        for (var arrived = InBangkok(2026, 12, 28, 7); arrived < InBangkok(2027, 1, 6); arrived = arrived.AddHours(3))
        {
            foreach (var due in dues)
            {
                var byClass = Enum.GetValues<Urgency>().Select(u => Due(due, u, arrived)).ToList();
                for (var i = 1; i < byClass.Count; i++)
                    Assert.True(byClass[i - 1] is null || byClass[i] <= byClass[i - 1], $"{due} at {arrived:O}: {Enum.GetValues<Urgency>()[i]}");
            }
        }
    }

    [Fact]
    public void DueAt_follows_the_policy_it_is_given()
    {
        var strict = new DeadlineCalculator(Bangkok, UrgencyPolicy.Default with { Urgent = new UrgencyRule(AtMost: WorkingDuration.Parse("PT2H")) });

        Assert.Equal(InBangkok(2026, 11, 30, 12), strict.DueAt(WorkingDuration.Parse("P2D"), MondayMorning, Urgency.Urgent));
    }
}
