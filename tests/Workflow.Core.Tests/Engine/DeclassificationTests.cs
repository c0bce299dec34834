using Workflow.Core.Classification;
using Workflow.Core.Engine;
using static Workflow.Core.Tests.Engine.EngineScene;

namespace Workflow.Core.Tests.Engine;

public class DeclassificationTests
{
    private static readonly RouteState Signed = new(DocumentStatus.Signed, 2, 1, 2);

    private static (string, string) SignedBySigner => ("holder-of-signer", "signer");

    private static Result Declassify(Actor actor, RouteState? state = null, Secrecy secrecy = Secrecy.Secret, string? reason = "พ้นกำหนดแล้ว",
        (string, string)? signedBy = null, bool actedOnIt = false) =>
        Declassification.Decide(Small, state ?? Signed, secrecy, AuthorId, actor, signedBy ?? SignedBySigner, reason, actedOnIt);

    [Fact]
    public void Decide_allows_the_holder_of_the_signing_post_and_keeps_the_state()
    {
        var decision = Allowed(Declassify(HolderOfStep(Small, 2)));

        Assert.Equal((ActionKind.Declassify, Signed, "signer", "พ้นกำหนดแล้ว"), (decision.Action, decision.NewState, decision.ActedFor, decision.Note));
    }

    [Fact]
    public void Decide_allows_the_person_who_signed_when_they_no_longer_hold_the_post()
    {
        var formerSigner = Holding("holder-of-signer", "first");

        var decision = Allowed(Declassify(formerSigner, actedOnIt: true));

        Assert.Equal(("signer", Capacity.Self), (decision.ActedFor, decision.Capacity));
    }

    [Fact]
    public void Decide_allows_an_acting_holder_of_the_signing_post_in_that_capacity()
    {
        var decision = Allowed(Declassify(HolderOfStep(Small, 2, Capacity.Acting)));

        Assert.Equal(Capacity.Acting, decision.Capacity);
    }

    [Fact]
    public void Decide_answers_not_found_when_the_person_may_not_read_the_memo()
    {
        Assert.Equal(RefusalKind.NotFound, Declassify(Holding("stranger", "finance-officer")).Refusal!.Kind);
    }

    [Theory]
    [InlineData(Role.Author)]
    [InlineData(Role.PassedHolder)]
    [InlineData(Role.CurrentHolder)]
    public void Decide_forbids_a_reader_who_is_not_the_signer(Role role)
    {
        Assert.Equal(RefusalKind.Forbidden, Declassify(Playing(Small, role)).Refusal!.Kind);
    }

    [Fact]
    public void Decide_answers_conflict_when_the_memo_is_no_longer_secret()
    {
        Assert.Equal("not-secret", Declassify(HolderOfStep(Small, 2), secrecy: Secrecy.None).Refusal!.Code);
    }

    [Fact]
    public void Decide_answers_conflict_when_the_memo_is_not_signed()
    {
        var atSignature = new RouteState(DocumentStatus.InRoute, 2, 1, 2);

        var refusal = Declassification.Decide(Small, atSignature, Secrecy.Secret, AuthorId, HolderOfStep(Small, 2), null, "พ้นกำหนดแล้ว").Refusal!;

        Assert.Equal((RefusalKind.Conflict, "not-signed"), (refusal.Kind, refusal.Code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Decide_requires_a_reason_naming_the_field(string? reason)
    {
        var refusal = Declassify(HolderOfStep(Small, 2), reason: reason).Refusal!;

        Assert.Equal((RefusalKind.Invalid, "reason"), (refusal.Kind, refusal.Field));
    }

    [Fact]
    public void Decide_refuses_a_reason_longer_than_the_limit()
    {
        var refusal = Declassify(HolderOfStep(Small, 2), reason: new string('ก', Declassification.MaxReasonLength + 1)).Refusal!;

        Assert.Equal((RefusalKind.Invalid, "reason"), (refusal.Kind, refusal.Field));
    }

    [Fact]
    public void Route_engine_never_decides_a_declassification()
    {
        Assert.False(Decide(Small, Signed, HolderOfStep(Small, 2), ActionKind.Declassify, "x").IsAllowed);
    }

    [Theory]
    [InlineData(Secrecy.None, true)]
    [InlineData(Secrecy.Confidential, false)]
    [InlineData(Secrecy.Secret, false)]
    public void Secrecy_rules_publish_only_a_memo_of_no_secrecy_class(Secrecy secrecy, bool published)
    {
        Assert.Equal(published, SecrecyRules.MayPublish(secrecy));
        Assert.Equal(published ? "เรื่อง" : null, SecrecyRules.SubjectToCarry(secrecy, "เรื่อง"));
    }
}
