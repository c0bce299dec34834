using Workflow.Core.Engine;
using static Workflow.Core.Tests.Engine.EngineScene;

namespace Workflow.Core.Tests.Engine;

public class RouteEngineFlowTests
{
    private static readonly RouteState AtStepOne = new(DocumentStatus.InRoute, 1, 1, 1);

    [Theory]
    [MemberData(nameof(RouteNames), MemberType = typeof(EngineScene))]
    public void Submit_starts_round_one_at_the_first_step(string routeName)
    {
        var route = Route(routeName);

        var decision = Allowed(Decide(route, RouteState.NewDraft, Author(route), ActionKind.Submit));

        Assert.Equal(new RouteState(DocumentStatus.InRoute, 0, 1, 0), decision.NewState);
        Assert.Equal(route.Steps[0].Position, decision.NextPosition);
        Assert.Equal(route.Submitters[0], decision.ActedFor);
    }

    [Theory]
    [MemberData(nameof(RouteNames), MemberType = typeof(EngineScene))]
    public void Endorse_advances_to_next_step_when_actor_holds_current_position(string routeName)
    {
        var route = Route(routeName);

        var decision = Allowed(Decide(route, AtStepOne, HolderOfStep(route, 1), ActionKind.Endorse));

        Assert.Equal(AtStepOne with { CurrentStep = 2, HighestStepReached = 2 }, decision.NewState);
        Assert.Equal(route.Steps[2].Position, decision.NextPosition);
        Assert.Equal(route.Steps[1].Position, decision.ActedFor);
        Assert.Equal(Capacity.Self, decision.Capacity);
    }

    [Fact]
    public void Reference_memo_passes_every_endorser_in_order_and_is_signed_by_the_mayor()
    {
        var route = Reference;
        var state = Allowed(Decide(route, RouteState.NewDraft, Author(route), ActionKind.Submit)).NewState;
        var waitedFor = new List<string?>();

        for (var step = 0; step < 3; step++)
        {
            var decision = Allowed(Decide(route, state, HolderOfStep(route, step), ActionKind.Endorse));
            waitedFor.Add(decision.NextPosition);
            state = decision.NewState;
        }

        var signed = Allowed(Decide(route, state, Holding("mayor-user", "mayor"), ActionKind.Sign));

        Assert.Equal(["head-clerk-office", "municipal-clerk", "mayor"], waitedFor);
        Assert.Equal(new RouteState(DocumentStatus.Signed, 3, 1, 3), signed.NewState);
        Assert.Null(signed.NextPosition);
        Assert.True(signed.NewState.IsFinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Endorse_without_a_note_records_the_default_note_for_your_information(string? note)
    {
        var decision = Allowed(Decide(Reference, AtStepOne, HolderOfStep(Reference, 1), ActionKind.Endorse, note));

        Assert.Equal("เพื่อโปรดทราบ", decision.Note);
    }

    [Fact]
    public void Endorse_keeps_the_endorsers_own_note_trimmed()
    {
        var decision = Allowed(Decide(Reference, AtStepOne, HolderOfStep(Reference, 1), ActionKind.Endorse, "  เห็นควรอนุญาต "));

        Assert.Equal("เห็นควรอนุญาต", decision.Note);
    }

    [Fact]
    public void Endorse_by_an_acting_holder_records_the_post_and_acting_capacity()
    {
        var decision = Allowed(Decide(Reference, AtStepOne, HolderOfStep(Reference, 1, Capacity.Acting), ActionKind.Endorse));

        Assert.Equal("head-clerk-office", decision.ActedFor);
        Assert.Equal(Capacity.Acting, decision.Capacity);
    }

    [Fact]
    public void Endorse_by_an_acting_holder_carries_the_order_they_act_by()
    {
        var actor = new Actor("deputy", [new HeldPosition("head-clerk-office", Capacity.Acting, "12/2569")]);

        var decision = Allowed(Decide(Reference, AtStepOne, actor, ActionKind.Endorse));

        Assert.Equal("12/2569", decision.OrderNumber);
    }

    [Fact]
    public void Sign_by_a_delegated_person_records_the_delegated_capacity_and_its_order()
    {
        var atSignature = new RouteState(DocumentStatus.InRoute, 3, 1, 3);
        var actor = new Actor("deputy-mayor", [new HeldPosition("mayor", Capacity.Delegated, "8/2569")]);

        var decision = Allowed(Decide(Reference, atSignature, actor, ActionKind.Sign, null));

        Assert.Equal(("mayor", Capacity.Delegated, "8/2569"), (decision.ActedFor, decision.Capacity, decision.OrderNumber));
    }

    [Fact]
    public void Endorse_by_someone_both_holding_and_acting_for_the_post_records_self()
    {
        var actor = new Actor("both", [new HeldPosition("head-clerk-office", Capacity.Acting), new HeldPosition("head-clerk-office", Capacity.Self)]);

        var decision = Allowed(Decide(Reference, AtStepOne, actor, ActionKind.Endorse));

        Assert.Equal(Capacity.Self, decision.Capacity);
    }

    [Fact]
    public void Sign_by_an_acting_mayor_records_acting_capacity()
    {
        var atSignature = new RouteState(DocumentStatus.InRoute, 3, 1, 3);

        var decision = Allowed(Decide(Reference, atSignature, Holding("deputy", "mayor", Capacity.Acting), ActionKind.Sign, null));

        Assert.Equal(DocumentStatus.Signed, decision.NewState.Status);
        Assert.Equal(("mayor", Capacity.Acting), (decision.ActedFor, decision.Capacity));
    }

    [Fact]
    public void Return_sends_the_document_back_to_the_author_and_resubmit_starts_again_at_the_first_approver()
    {
        var atClerk = new RouteState(DocumentStatus.InRoute, 2, 1, 2);

        var returned = Allowed(Decide(Reference, atClerk, HolderOfStep(Reference, 2), ActionKind.Return, "แก้ไขรายละเอียด"));
        var resubmitted = Allowed(Decide(Reference, returned.NewState, Author(Reference), ActionKind.Submit));

        Assert.Equal(new RouteState(DocumentStatus.Returned, 0, 1, 2), returned.NewState);
        Assert.Null(returned.NextPosition);
        Assert.Equal("แก้ไขรายละเอียด", returned.Note);
        Assert.Equal(new RouteState(DocumentStatus.InRoute, 0, 2, 2), resubmitted.NewState);
        Assert.Equal("section-head-admin", resubmitted.NextPosition);
    }

    [Fact]
    public void Refuse_ends_the_route_with_the_reason()
    {
        var decision = Allowed(Decide(Reference, AtStepOne, HolderOfStep(Reference, 1), ActionKind.Refuse, "ไม่อนุญาต"));

        Assert.Equal(DocumentStatus.Refused, decision.NewState.Status);
        Assert.True(decision.NewState.IsFinal);
        Assert.Equal("ไม่อนุญาต", decision.Note);
    }

    [Fact]
    public void Withdraw_by_the_author_ends_the_route_and_keeps_where_it_stood()
    {
        var decision = Allowed(Decide(Reference, AtStepOne, Author(Reference), ActionKind.Withdraw));

        Assert.Equal(new RouteState(DocumentStatus.Withdrawn, 1, 1, 1), decision.NewState);
        Assert.Null(decision.NextPosition);
    }
}
