using Workflow.Core.Assignments;
using static Workflow.Core.Tests.Assignments.AssignmentScene;

namespace Workflow.Core.Tests.Assignments;

public class AssignmentRulesTests
{
    [Fact]
    public void Check_accepts_a_holder_an_acting_order_and_a_delegation_written_in_full()
    {
        Assert.Empty(AssignmentRules.Check(Holder(Clerk)));
        Assert.Empty(AssignmentRules.Check(Acting(Clerk)));
        Assert.Empty(AssignmentRules.Check(Delegated(Mayor, routes: new HashSet<string> { MemoRoute })));
    }

    [Fact]
    public void Check_refuses_an_assignment_that_ends_before_it_starts()
    {
        var backwards = Holder(Clerk, new AssignmentPeriod(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 1)));

        Assert.Equal([(AssignmentFault.EndsBeforeStart, "to")], Faults(backwards));
    }

    [Fact]
    public void Check_refuses_an_acting_assignment_without_its_order_number() =>
        Assert.Equal([(AssignmentFault.OrderNumberRequired, "orderNumber")], Faults(Acting(Clerk) with { OrderNumber = " " }));

    [Fact]
    public void Check_refuses_an_acting_assignment_without_any_order() =>
        Assert.Equal([(AssignmentFault.OrderNumberRequired, "orderNumber"), (AssignmentFault.OrderDateRequired, "orderDate")],
            Faults(Acting(Clerk) with { OrderNumber = null, OrderDate = null }));

    [Fact]
    public void Check_refuses_an_order_number_without_its_date_on_any_kind() =>
        Assert.Equal([(AssignmentFault.OrderDateRequired, "orderDate")], Faults(Holder(Clerk) with { OrderNumber = "45/2569" }));

    [Fact]
    public void Check_refuses_a_delegation_to_oneself() =>
        Assert.Equal([(AssignmentFault.DelegationToSelf, "delegatedBy")], Faults(Delegated(Mayor) with { DelegatedBy = Person }));

    [Fact]
    public void Check_refuses_a_delegation_that_names_no_delegating_holder() =>
        Assert.Equal([(AssignmentFault.DelegatorRequired, "delegatedBy")], Faults(Delegated(Mayor) with { DelegatedBy = null }));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_refuses_a_route_limit_that_is_empty_or_names_a_blank_route(bool withBlank)
    {
        var routes = withBlank ? new HashSet<string> { MemoRoute, "" } : new HashSet<string>();

        Assert.Equal([(AssignmentFault.RouteLimitInvalid, "routes")], Faults(Delegated(Mayor, routes: routes)));
    }

    [Fact]
    public void Check_refuses_a_route_limit_on_an_acting_assignment() =>
        Assert.Equal([(AssignmentFault.OnlyForDelegation, "routes")],
            Faults(Acting(Clerk) with { Routes = new HashSet<string> { MemoRoute } }));

    [Fact]
    public void Check_refuses_a_delegating_holder_on_a_holder_assignment() =>
        Assert.Equal([(AssignmentFault.OnlyForDelegation, "delegatedBy")], Faults(Holder(Clerk) with { DelegatedBy = "mayor-user" }));

    [Fact]
    public void Check_reports_every_problem_of_an_assignment_at_once() =>
        Assert.Equal(
            [AssignmentFault.UserRequired, AssignmentFault.PositionRequired, AssignmentFault.UnknownKind, AssignmentFault.EndsBeforeStart],
            AssignmentRules.Check(new Assignment("", " ", (AssignmentKind)9,
                new AssignmentPeriod(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1)))).Select(p => p.Fault));

    [Fact]
    public void CheckDelegator_accepts_a_holder_or_acting_holder_of_the_post_on_the_first_day()
    {
        var delegation = Delegated(Mayor);

        Assert.Null(AssignmentRules.CheckDelegator(delegation, [Holder(Mayor, user: delegation.DelegatedBy!)]));
        Assert.Null(AssignmentRules.CheckDelegator(delegation, [Acting(Mayor, user: delegation.DelegatedBy!)]));
    }

    [Fact]
    public void CheckDelegator_refuses_someone_who_holds_the_post_only_from_a_later_day()
    {
        var delegation = Delegated(Mayor);
        var fromMidMonth = Holder(Mayor, new AssignmentPeriod(new DateOnly(2026, 12, 15)), delegation.DelegatedBy!);

        Assert.Equal(AssignmentFault.DelegatorDoesNotHoldPost, AssignmentRules.CheckDelegator(delegation, [fromMidMonth])?.Fault);
    }

    [Fact]
    public void CheckDelegator_refuses_a_delegated_person_delegating_further()
    {
        var delegation = Delegated(Mayor) with { DelegatedBy = "first-delegate" };
        var firstDelegation = Delegated(Mayor, user: "first-delegate");

        Assert.Equal(AssignmentFault.DelegatorDoesNotHoldPost, AssignmentRules.CheckDelegator(delegation, [firstDelegation])?.Fault);
    }

    [Fact]
    public void CheckDelegator_refuses_the_holder_of_another_post()
    {
        var delegation = Delegated(Mayor);

        Assert.Equal(AssignmentFault.DelegatorDoesNotHoldPost,
            AssignmentRules.CheckDelegator(delegation, [Holder(Clerk, user: delegation.DelegatedBy!)])?.Fault);
    }

    private static IEnumerable<(AssignmentFault, string)> Faults(Assignment a) =>
        AssignmentRules.Check(a).Select(p => (p.Fault, p.Field));
}
