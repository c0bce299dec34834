using Workflow.Core.Engine;
using Workflow.Core.Reports;

namespace Workflow.Core.Tests.Reports;

/// <summary>Waits from audit entries: each action's time since the memo's previous entry, at the post it acted for.</summary>
public sealed class TimeInPostCalculatorTests
{
    private static readonly TimeZoneInfo Bangkok = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");
    private static readonly DateTimeOffset Now = new(2027, 3, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, int> NoneOverdue = [];

    private static TimedAction At(Guid memo, int sequence, ActionKind action, string post, DateTimeOffset at, DocumentStatus from = DocumentStatus.InRoute) =>
        new(memo, "memo-approval", sequence, action, from, post, at);

    [Fact]
    public void Wait_before_the_first_action_in_the_period_starts_at_the_entry_before_the_period()
    {
        var memo = Guid.NewGuid();
        var submitted = Now.AddDays(-31);
        TimedAction[] actions = [At(memo, 1, ActionKind.Submit, "legal-officer", submitted, DocumentStatus.Draft), At(memo, 2, ActionKind.Endorse, "section-head-admin", submitted.AddDays(2))];

        var figures = TimeInPostCalculator.Compute(30, Now, Bangkok, actions, NoneOverdue);

        var post = Assert.Single(figures.Posts);
        Assert.Equal(("section-head-admin", TimeSpan.FromDays(2)), (post.Post, post.Median!.Value));
        Assert.Equal(0, figures.Months.Sum(m => m.Submitted));
    }

    [Fact]
    public void Withdrawal_is_no_wait_at_the_author()
    {
        var memo = Guid.NewGuid();
        var submitted = Now.AddDays(-3);
        TimedAction[] actions = [At(memo, 1, ActionKind.Submit, "legal-officer", submitted, DocumentStatus.Draft), At(memo, 2, ActionKind.Withdraw, "legal-officer", submitted.AddHours(5))];

        var figures = TimeInPostCalculator.Compute(30, Now, Bangkok, actions, NoneOverdue);

        Assert.Empty(figures.Posts);
    }

    [Fact]
    public void Months_run_in_the_organisation_time_zone()
    {
        var memo = Guid.NewGuid();
        // 28 February 2027 at 18:00 UTC is 1 March 01:00 in Bangkok.
        TimedAction[] actions = [At(memo, 1, ActionKind.Submit, "legal-officer", new DateTimeOffset(2027, 2, 28, 18, 0, 0, TimeSpan.Zero), DocumentStatus.Draft)];

        var figures = TimeInPostCalculator.Compute(30, Now, Bangkok, actions, NoneOverdue);

        Assert.Equal([(2, 0), (3, 1)], figures.Months.Select(m => (m.Month, m.Submitted)));
    }
}
