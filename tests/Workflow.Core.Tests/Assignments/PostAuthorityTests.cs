using Workflow.Core.Assignments;
using Workflow.Core.Engine;
using static Workflow.Core.Tests.Assignments.AssignmentScene;

namespace Workflow.Core.Tests.Assignments;

public class PostAuthorityTests
{
    private static readonly DateTimeOffset MidDecember = InBangkok(2026, 12, 15);

    [Fact]
    public void ActorAt_holds_nothing_at_the_last_second_before_an_acting_order_starts() =>
        Assert.Empty(ActorAt([Acting(Clerk)], InBangkok(2026, 11, 30, 23, 59, 59)).Positions);

    [Fact]
    public void ActorAt_acts_from_midnight_of_the_first_day_of_the_order() =>
        Assert.Equal([new HeldPosition(Clerk, Capacity.Acting, "123/2569")], ActorAt([Acting(Clerk)], InBangkok(2026, 12, 1, 0, 0, 0)).Positions);

    [Fact]
    public void ActorAt_still_acts_at_23_59_on_the_last_day() =>
        Assert.Single(ActorAt([Acting(Clerk)], InBangkok(2026, 12, 31, 23, 59, 0)).Positions);

    [Fact]
    public void ActorAt_holds_nothing_from_midnight_after_the_last_day() =>
        Assert.Empty(ActorAt([Acting(Clerk)], InBangkok(2027, 1, 1, 0, 0, 0)).Positions);

    [Fact]
    public void ActorAt_keeps_an_open_ended_holding_years_later() =>
        Assert.Equal([new HeldPosition(Clerk, Capacity.Self)],
            ActorAt([Holder(Clerk, new AssignmentPeriod(new DateOnly(2020, 1, 1)))], InBangkok(2036, 1, 1)).Positions);

    [Fact]
    public void ActorAt_ignores_assignments_of_other_people() =>
        Assert.Empty(ActorAt([Holder(Clerk, user: "someone-else")], MidDecember).Positions);

    [Theory]
    [InlineData(AssignmentKind.Holder, AssignmentKind.Acting, Capacity.Self)]
    [InlineData(AssignmentKind.Holder, AssignmentKind.Delegated, Capacity.Self)]
    [InlineData(AssignmentKind.Acting, AssignmentKind.Delegated, Capacity.Acting)]
    public void ActorAt_names_the_strongest_capacity_when_a_person_has_several_for_one_post(AssignmentKind first, AssignmentKind second, Capacity expected)
    {
        Assignment[] both = [Of(second, Clerk), Of(first, Clerk)];

        var actor = ActorAt(both, MidDecember);

        Assert.Equal(expected, Assert.Single(actor.Positions).Capacity);
        Assert.Equal(expected, actor.For(Clerk)?.Capacity);
    }

    [Fact]
    public void ActorAt_falls_back_to_the_weaker_capacity_once_the_stronger_one_lapses()
    {
        var holderUntilTenth = Holder(Clerk, new AssignmentPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 10)));
        Assignment[] overlapping = [holderUntilTenth, Acting(Clerk), Delegated(Clerk)];

        Assert.Equal(Capacity.Self, ActorAt(overlapping, InBangkok(2026, 12, 10, 23, 59, 59)).For(Clerk)?.Capacity);
        Assert.Equal(Capacity.Acting, ActorAt(overlapping, InBangkok(2026, 12, 11, 0, 0, 0)).For(Clerk)?.Capacity);
        Assert.Equal(Capacity.Delegated, ActorAt([holderUntilTenth, Delegated(Clerk)], InBangkok(2026, 12, 11, 0, 0, 0)).For(Clerk)?.Capacity);
    }

    [Fact]
    public void ActorAt_cites_the_newer_order_when_two_acting_orders_overlap()
    {
        var older = Acting(Clerk, new AssignmentPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31)), "100/2569");
        var newer = Acting(Clerk, new AssignmentPeriod(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 20)), "130/2569");

        Assert.Equal("130/2569", ActorAt([older, newer], MidDecember).For(Clerk)?.OrderNumber);
        Assert.Equal("100/2569", ActorAt([older, newer], InBangkok(2026, 12, 21)).For(Clerk)?.OrderNumber);
    }

    [Fact]
    public void ActorAt_lists_each_post_a_person_acts_for_once_in_its_own_capacity_by_post_key()
    {
        Assignment[] severalPosts = [Holder("head-clerk-office"), Acting(Clerk), Delegated(Mayor)];

        Assert.Equal(
            [new HeldPosition("head-clerk-office", Capacity.Self), new HeldPosition(Mayor, Capacity.Delegated), new HeldPosition(Clerk, Capacity.Acting, "123/2569")],
            ActorAt(severalPosts, MidDecember).Positions);
    }

    [Fact]
    public void ActorAt_counts_a_delegation_on_a_route_it_is_limited_to() =>
        Assert.Equal(Capacity.Delegated, ActorAt([Delegated(Mayor, routes: new HashSet<string> { MemoRoute })], MidDecember, MemoRoute).For(Mayor)?.Capacity);

    [Fact]
    public void ActorAt_does_not_count_a_delegation_limited_to_other_routes() =>
        Assert.Null(ActorAt([Delegated(Mayor, routes: new HashSet<string> { PurchaseRoute })], MidDecember, MemoRoute).For(Mayor));

    [Fact]
    public void ActorAt_counts_an_unlimited_delegation_on_every_route()
    {
        Assignment[] unlimited = [Delegated(Mayor)];

        Assert.NotNull(ActorAt(unlimited, MidDecember, MemoRoute).For(Mayor));
        Assert.NotNull(ActorAt(unlimited, MidDecember, PurchaseRoute).For(Mayor));
    }

    [Fact]
    public void ActorAt_keeps_the_holding_when_a_delegation_for_the_same_post_is_limited_to_another_route() =>
        Assert.Equal(Capacity.Self,
            ActorAt([Holder(Mayor), Delegated(Mayor, routes: new HashSet<string> { PurchaseRoute })], MidDecember, MemoRoute).For(Mayor)?.Capacity);

    [Fact]
    public void Actor_For_prefers_self_then_acting_then_delegated_whatever_the_order_given()
    {
        var actor = new Actor(Person, [new HeldPosition(Mayor, Capacity.Delegated), new HeldPosition(Mayor, Capacity.Acting), new HeldPosition(Mayor, Capacity.Self)]);

        Assert.Equal(Capacity.Self, actor.For(Mayor)?.Capacity);
        Assert.Equal(Capacity.Acting, (actor with { Positions = actor.Positions.Take(2).ToList() }).For(Mayor)?.Capacity);
    }

    [Fact]
    public void ActorAt_cites_no_order_for_a_holder_appointed_by_one()
    {
        var appointed = Holder(Clerk) with { OrderNumber = "1/2569", OrderDate = new DateOnly(2026, 11, 1) };

        Assert.Equal([new HeldPosition(Clerk, Capacity.Self)], ActorAt([appointed], MidDecember).Positions);
    }

    [Fact]
    public void ActorAt_cites_the_order_of_a_delegation_that_has_one()
    {
        var byOrder = Delegated(Mayor) with { OrderNumber = "8/2569", OrderDate = new DateOnly(2026, 11, 30) };

        Assert.Equal("8/2569", ActorAt([byOrder], MidDecember).For(Mayor)?.OrderNumber);
    }

    [Fact]
    public void RouteLimitedAt_names_each_post_delegated_only_on_some_routes_with_those_routes()
    {
        Assignment[] limited = [Delegated(Mayor, routes: new HashSet<string> { MemoRoute }), Delegated(Mayor, routes: new HashSet<string> { PurchaseRoute })];

        var posts = PostAuthority.RouteLimitedAt(Person, limited, MidDecember, Bangkok);

        Assert.Equal([MemoRoute, PurchaseRoute], Assert.Single(posts, p => p.Key == Mayor).Value.Order());
    }

    [Fact]
    public void RouteLimitedAt_leaves_out_a_post_the_person_may_act_for_on_every_route()
    {
        Assignment[] both = [Acting(Mayor), Delegated(Mayor, routes: new HashSet<string> { MemoRoute })];

        Assert.Empty(PostAuthority.RouteLimitedAt(Person, both, MidDecember, Bangkok));
    }

    [Fact]
    public void RouteLimitedAt_names_nothing_once_the_delegation_has_lapsed() =>
        Assert.Empty(PostAuthority.RouteLimitedAt(Person, [Delegated(Mayor, routes: new HashSet<string> { MemoRoute })], InBangkok(2027, 1, 1, 0, 0, 0), Bangkok));

    private static Actor ActorAt(IEnumerable<Assignment> assignments, DateTimeOffset at, string route = MemoRoute) =>
        PostAuthority.ActorAt(Person, assignments, route, at, Bangkok);

    private static Assignment Of(AssignmentKind kind, string position) => kind switch
    {
        AssignmentKind.Holder => Holder(position),
        AssignmentKind.Acting => Acting(position),
        _ => Delegated(position),
    };
}
