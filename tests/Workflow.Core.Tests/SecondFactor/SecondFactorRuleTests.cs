using Workflow.Core.Engine;
using Workflow.Core.Routes;
using Workflow.Core.SecondFactor;

namespace Workflow.Core.Tests.SecondFactor;

public class SecondFactorRuleTests
{
    private static readonly RouteDefinition[] Routes =
    [
        new("leave", 1, "ลา", "Leave", ["legal-officer"],
            [new RouteStep(1, "section-head-admin", StepKind.Endorse), new RouteStep(2, "mayor", StepKind.Sign)], "hash-1"),
        new("purchase", 1, "จัดซื้อ", "Purchase", ["legal-officer"],
            [new RouteStep(1, "head-clerk-office", StepKind.Sign)], "hash-2"),
    ];

    private static Actor Holding(params HeldPosition[] posts) => new("user-1", posts);

    [Theory]
    [InlineData("mayor", Capacity.Self, true)]
    [InlineData("mayor", Capacity.Acting, true)]
    [InlineData("mayor", Capacity.Delegated, true)]
    [InlineData("head-clerk-office", Capacity.Self, true)]
    [InlineData("section-head-admin", Capacity.Self, false)]
    [InlineData("legal-officer", Capacity.Self, false)]
    public void Signers_scope_covers_every_capacity_of_a_signature_post_only(string post, Capacity capacity, bool required) =>
        Assert.Equal(required, SecondFactorRule.IsRequired(SecondFactorScope.Signers, Holding(new HeldPosition(post, capacity, "1/2569")), Routes));

    [Theory]
    [InlineData("section-head-admin", true)]
    [InlineData("mayor", true)]
    [InlineData("legal-officer", false)]
    public void Approvers_scope_covers_every_step_but_not_a_submitter(string post, bool required) =>
        Assert.Equal(required, SecondFactorRule.IsRequired(SecondFactorScope.Approvers, Holding(new HeldPosition(post, Capacity.Self)), Routes));

    [Fact]
    public void None_scope_requires_no_one_and_no_post_requires_nothing()
    {
        Assert.False(SecondFactorRule.IsRequired(SecondFactorScope.None, Holding(new HeldPosition("mayor", Capacity.Self)), Routes));
        Assert.False(SecondFactorRule.IsRequired(SecondFactorScope.Approvers, Holding(), Routes));
    }

    [Fact]
    public void A_second_factor_is_fresh_within_the_window_and_stale_after_it()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        var accepted = clock.GetUtcNow();
        var window = TimeSpan.FromMinutes(5);

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(SecondFactorRule.IsFresh(accepted, clock.GetUtcNow(), window));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(SecondFactorRule.IsFresh(accepted, clock.GetUtcNow(), window));
    }

    [Fact]
    public void No_second_factor_or_one_from_the_future_is_not_fresh()
    {
        var now = new DateTimeOffset(2026, 5, 1, 2, 0, 0, TimeSpan.Zero);
        Assert.False(SecondFactorRule.IsFresh(null, now, TimeSpan.FromMinutes(5)));
        Assert.False(SecondFactorRule.IsFresh(now.AddMinutes(1), now, TimeSpan.FromMinutes(5)));
    }
}
