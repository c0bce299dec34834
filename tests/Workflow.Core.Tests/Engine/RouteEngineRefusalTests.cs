using Workflow.Core.Engine;
using static Workflow.Core.Tests.Engine.EngineScene;

namespace Workflow.Core.Tests.Engine;

public class RouteEngineRefusalTests
{
    private static readonly RouteState AtStepOne = new(DocumentStatus.InRoute, 1, 1, 1);

    private static Refusal Refused(Result result)
    {
        Assert.False(result.IsAllowed, "expected a refusal");
        return result.Refusal;
    }

    [Theory]
    [InlineData(ActionKind.Return, null)]
    [InlineData(ActionKind.Return, "  ")]
    [InlineData(ActionKind.Refuse, null)]
    [InlineData(ActionKind.Refuse, "")]
    public void Return_and_refuse_without_a_reason_are_invalid_and_name_the_note_field(ActionKind action, string? note)
    {
        var refusal = Refused(Decide(Reference, AtStepOne, HolderOfStep(Reference, 1), action, note));

        Assert.Equal((RefusalKind.Invalid, "reason-required", "note"), (refusal.Kind, refusal.Code, refusal.Field));
    }

    [Fact]
    public void Endorse_on_the_signature_step_is_a_conflict()
    {
        var refusal = Refused(Decide(Reference, new RouteState(DocumentStatus.InRoute, 3, 1, 3), Holding("m", "mayor"), ActionKind.Endorse));

        Assert.Equal((RefusalKind.Conflict, "step-is-signature"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Sign_on_an_endorsement_step_is_a_conflict()
    {
        var refusal = Refused(Decide(Reference, AtStepOne, HolderOfStep(Reference, 1), ActionKind.Sign));

        Assert.Equal((RefusalKind.Conflict, "step-is-endorsement"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Endorse_by_the_holder_of_a_passed_step_is_a_conflict_because_the_document_moved_on()
    {
        var refusal = Refused(Decide(Reference, AtStepOne, HolderOfStep(Reference, 0), ActionKind.Endorse));

        Assert.Equal((RefusalKind.Conflict, "moved-on"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Endorse_by_the_holder_of_a_step_not_reached_yet_is_not_found()
    {
        var refusal = Refused(Decide(Reference, AtStepOne, HolderOfStep(Reference, 2), ActionKind.Endorse));

        Assert.Equal((RefusalKind.NotFound, "not-found"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Endorse_by_a_reader_whose_step_is_ahead_is_forbidden_because_it_is_not_their_turn()
    {
        var resubmittedAfterReachingTheClerk = new RouteState(DocumentStatus.InRoute, 0, 2, 2);

        var refusal = Refused(Decide(Reference, resubmittedAfterReachingTheClerk, HolderOfStep(Reference, 2), ActionKind.Endorse));

        Assert.Equal((RefusalKind.Forbidden, "not-your-turn"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Endorse_by_the_author_is_forbidden_because_it_is_not_their_turn()
    {
        var refusal = Refused(Decide(Reference, AtStepOne, Author(Reference), ActionKind.Endorse));

        Assert.Equal((RefusalKind.Forbidden, "not-your-turn"), (refusal.Kind, refusal.Code));
    }

    [Theory]
    [InlineData(ActionKind.Submit)]
    [InlineData(ActionKind.Endorse)]
    [InlineData(ActionKind.Return)]
    [InlineData(ActionKind.Refuse)]
    [InlineData(ActionKind.Withdraw)]
    [InlineData(ActionKind.Sign)]
    public void Any_action_by_the_mayor_on_another_authors_draft_is_not_found(ActionKind action)
    {
        var refusal = Refused(Decide(Reference, RouteState.NewDraft, Holding("mayor-user", "mayor"), action, "เหตุผล"));

        Assert.Equal((RefusalKind.NotFound, "not-found"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Return_clicked_twice_is_a_conflict_for_the_approver_who_returned_it()
    {
        var first = Allowed(Decide(Reference, AtStepOne, HolderOfStep(Reference, 1), ActionKind.Return, "แก้ไข"));

        var second = Refused(Decide(Reference, first.NewState, HolderOfStep(Reference, 1), ActionKind.Return, "แก้ไข"));

        Assert.Equal((RefusalKind.Conflict, "moved-on"), (second.Kind, second.Code));
    }

    [Fact]
    public void Endorse_after_the_author_withdrew_is_a_conflict_for_the_current_holder()
    {
        var withdrawn = Allowed(Decide(Reference, AtStepOne, Author(Reference), ActionKind.Withdraw)).NewState;

        var refusal = Refused(Decide(Reference, withdrawn, HolderOfStep(Reference, 1), ActionKind.Endorse));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
    }

    [Fact]
    public void Submit_by_another_holder_of_the_submitter_post_is_not_found()
    {
        var colleague = Holding("other-legal-officer", "legal-officer");

        var refusal = Refused(Decide(Reference, RouteState.NewDraft, colleague, ActionKind.Submit));

        Assert.Equal((RefusalKind.NotFound, "not-found"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Submit_by_an_approver_who_returned_the_memo_is_forbidden_because_only_the_author_submits()
    {
        var returned = new RouteState(DocumentStatus.Returned, 0, 1, 1);

        var refusal = Refused(Decide(Reference, returned, HolderOfStep(Reference, 1), ActionKind.Submit));

        Assert.Equal((RefusalKind.Forbidden, "not-author"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Submit_by_an_author_who_holds_no_submitter_post_is_forbidden()
    {
        var refusal = Refused(Decide(Reference, RouteState.NewDraft, Holding(AuthorId, "finance-officer"), ActionKind.Submit));

        Assert.Equal((RefusalKind.Forbidden, "not-a-submitter"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Submit_twice_is_a_conflict()
    {
        var submitted = Allowed(Decide(Reference, RouteState.NewDraft, Author(Reference), ActionKind.Submit)).NewState;

        var refusal = Refused(Decide(Reference, submitted, Author(Reference), ActionKind.Submit));

        Assert.Equal((RefusalKind.Conflict, "already-submitted"), (refusal.Kind, refusal.Code));
    }

    [Theory]
    [InlineData(DocumentStatus.Signed)]
    [InlineData(DocumentStatus.Refused)]
    [InlineData(DocumentStatus.Withdrawn)]
    public void Withdraw_after_the_route_ended_is_a_conflict(DocumentStatus status)
    {
        var refusal = Refused(Decide(Reference, new RouteState(status, 1, 1, 1), Author(Reference), ActionKind.Withdraw));

        Assert.Equal((RefusalKind.Conflict, "final"), (refusal.Kind, refusal.Code));
    }

    [Fact]
    public void Endorse_by_someone_who_acted_on_it_before_but_holds_no_post_now_is_forbidden_not_hidden()
    {
        var refusal = Refused(RouteEngine.Decide(Reference, AtStepOne, AuthorId, new Actor("former-deputy", []), ActionKind.Endorse, null, actedOnIt: true));

        Assert.Equal((RefusalKind.Forbidden, "not-your-turn"), (refusal.Kind, refusal.Code));
    }
}
