using Workflow.Core.Classification;
using Workflow.Core.Deadlines;
using Workflow.Core.Routes;
using static Workflow.Core.Tests.Calendar.CalendarScene;

namespace Workflow.Core.Tests.Deadlines;

public class ReminderPlannerTests
{
    private static readonly ReminderPlanner Planner = new(Bangkok, ReminderSettings.Default);
    private static readonly DeadlineCalculator Deadlines = new(Bangkok, UrgencyPolicy.Default);
    private static readonly RouteDefinition MemoRoute = RouteDefinitionLoader.Load(RepositoryFolders.Workflows).Find("memo-approval")!;

    [Fact]
    public void Plan_gives_due_soon_overdue_and_escalation_to_the_next_post_for_an_endorsement()
    {
        var clock = ClockAt(InBangkok(2026, 11, 30, 10));
        var wait = StepWait.At(MemoRoute, 0, clock.GetUtcNow(), Urgency.None, Deadlines);

        Assert.Equal(
            [
                new PlannedReminder(ReminderKind.DueSoon, InBangkok(2026, 12, 2, 12, 30), "section-head-admin"),
                new PlannedReminder(ReminderKind.Overdue, InBangkok(2026, 12, 2, 16, 30), "section-head-admin"),
                new PlannedReminder(ReminderKind.Escalation, InBangkok(2026, 12, 3, 16, 30), "head-clerk-office"),
            ],
            Planner.Plan(wait));
    }

    [Fact]
    public void Plan_escalates_to_the_post_the_step_names_when_the_last_step_is_overdue()
    {
        var wait = StepWait.At(MemoRoute, 3, InBangkok(2026, 11, 30, 10), Urgency.None, Deadlines);

        var escalation = Assert.Single(Planner.Plan(wait), r => r.Kind == ReminderKind.Escalation);

        Assert.Equal(new PlannedReminder(ReminderKind.Escalation, InBangkok(2026, 12, 4, 16, 30), "municipal-clerk"), escalation);
    }

    [Fact]
    public void Plan_has_no_escalation_when_the_last_step_names_no_post_to_escalate_to()
    {
        var wait = new StepWait("mayor", InBangkok(2026, 11, 30, 10), InBangkok(2026, 12, 3, 16, 30), EscalateTo: null);

        Assert.DoesNotContain(Planner.Plan(wait), r => r.Kind == ReminderKind.Escalation);
    }

    [Fact]
    public void Plan_has_no_due_soon_reminder_when_the_lead_reaches_back_before_the_arrival()
    {
        var wait = StepWait.At(MemoRoute, 0, InBangkok(2026, 11, 30, 14), Urgency.MostUrgent, Deadlines);

        Assert.Equal([ReminderKind.Overdue, ReminderKind.Escalation], Planner.Plan(wait).Select(r => r.Kind));
        Assert.Equal(InBangkok(2026, 11, 30, 16, 30), wait.Due);
    }

    [Fact]
    public void Plan_is_empty_when_the_step_has_no_due_time()
    {
        var wait = new StepWait("finance-director", InBangkok(2026, 11, 30, 10), Due: null, EscalateTo: "municipal-clerk");

        Assert.Empty(Planner.Plan(wait));
    }

    [Fact]
    public void Plan_repeats_overdue_reminders_every_office_day_skipping_the_weekend_and_a_substitution_day()
    {
        var wait = new StepWait("municipal-clerk", InBangkok(2026, 12, 2, 9), InBangkok(2026, 12, 4, 16, 30), EscalateTo: "mayor");

        var overdue = Planner.Plan(wait, until: InBangkok(2026, 12, 9, 17)).Where(r => r.Kind == ReminderKind.Overdue);

        Assert.Equal([InBangkok(2026, 12, 4, 16, 30), InBangkok(2026, 12, 8, 16, 30), InBangkok(2026, 12, 9, 16, 30)], overdue.Select(r => r.At));
    }

    [Fact]
    public void NextOverdue_follows_a_fired_reminder_by_the_repeat_interval_of_office_time()
    {
        var fired = new PlannedReminder(ReminderKind.Overdue, InBangkok(2026, 12, 30, 16, 30), "mayor");

        Assert.Equal(fired with { At = InBangkok(2027, 1, 4, 16, 30) }, Planner.NextOverdue(fired));
    }

    [Theory]
    [InlineData(7, 0, 4, 8, 30)]
    [InlineData(8, 30, 4, 8, 30)]
    [InlineData(9, 0, 8, 8, 30)]
    public void NextDigest_is_half_past_eight_of_the_next_working_day_whose_digest_time_has_not_passed(int hour, int minute, int day, int dueHour, int dueMinute)
    {
        var clock = ClockAt(InBangkok(2026, 12, 4, hour, minute));

        Assert.Equal(InBangkok(2026, 12, day, dueHour, dueMinute), Planner.NextDigest(clock.GetUtcNow()));
    }

    [Fact]
    public void NextDigest_is_the_next_working_day_when_todays_digest_was_already_sent()
    {
        var clock = ClockAt(InBangkok(2026, 12, 30, 8, 0));

        Assert.Equal(new DateTimeOffset(2027, 1, 4, 1, 30, 0, TimeSpan.Zero), Planner.NextDigest(clock.GetUtcNow(), lastDigestDay: new DateOnly(2026, 12, 30)));
    }

    [Fact]
    public void NextDigest_sends_at_most_one_digest_a_working_day_over_a_fortnight()
    {
        var clock = ClockAt(InBangkok(2026, 11, 28, 12));
        var digests = new List<DateTimeOffset>();
        DateOnly? last = null;
        while (clock.GetUtcNow() < InBangkok(2026, 12, 12))
        {
            var next = Planner.NextDigest(clock.GetUtcNow(), last);
            if (next >= InBangkok(2026, 12, 12))
                break;
            clock.SetUtcNow(next);
            digests.Add(next);
            last = Bangkok.LocalDay(next);
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(
            new[] { 30, 1, 2, 3, 4, 8, 9, 11 }.Select(d => InBangkok(2026, d == 30 ? 11 : 12, d, 8, 30)),
            digests);
    }
}
