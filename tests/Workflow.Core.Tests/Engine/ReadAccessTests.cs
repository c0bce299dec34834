using Workflow.Core.Engine;
using static Workflow.Core.Tests.Engine.EngineScene;

namespace Workflow.Core.Tests.Engine;

public class ReadAccessTests
{
    private const int NotSubmitted = -1;

    private static bool CanRead(int highestStepReached, Actor actor) =>
        ReadAccess.CanRead(Reference, AuthorId, highestStepReached, actor);

    [Fact]
    public void CanRead_lets_the_author_read_when_the_draft_has_reached_nobody()
    {
        Assert.True(CanRead(NotSubmitted, Author(Reference)));
    }

    [Fact]
    public void CanRead_lets_the_author_read_when_they_no_longer_hold_a_submitter_post()
    {
        Assert.True(CanRead(2, Holding(AuthorId, "finance-officer")));
    }

    [Fact]
    public void CanRead_refuses_everyone_but_the_author_when_the_document_is_a_draft()
    {
        var everyApprover = Reference.Steps.Select(s => HolderOfStep(Reference, s.Index));

        Assert.All(everyApprover, actor => Assert.False(CanRead(NotSubmitted, actor)));
    }

    [Fact]
    public void CanRead_refuses_another_holder_of_the_authors_post_when_they_did_not_write_it()
    {
        Assert.False(CanRead(3, Holding("other-legal-officer", "legal-officer")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void CanRead_lets_the_holder_of_every_step_up_to_the_highest_reached_read(int step)
    {
        Assert.True(CanRead(2, HolderOfStep(Reference, step)));
    }

    [Fact]
    public void CanRead_refuses_the_holder_of_a_step_when_the_document_never_reached_it()
    {
        Assert.False(CanRead(2, HolderOfStep(Reference, 3)));
    }

    [Fact]
    public void CanRead_lets_an_acting_holder_read_when_the_document_reached_the_post()
    {
        Assert.True(CanRead(1, HolderOfStep(Reference, 1, Capacity.Acting)));
    }

    [Fact]
    public void CanRead_lets_a_holder_read_when_the_document_reached_one_of_several_posts_they_hold()
    {
        var actor = new Actor("two-posts", [new HeldPosition("mayor", Capacity.Self), new HeldPosition("section-head-admin", Capacity.Acting)]);

        Assert.True(CanRead(0, actor));
    }

    [Fact]
    public void CanRead_refuses_someone_holding_no_post_of_the_route()
    {
        Assert.False(CanRead(3, Holding("stranger", "finance-director")));
    }

    [Fact]
    public void CanRead_lets_someone_who_acted_on_the_document_read_after_their_post_has_gone()
    {
        Assert.True(ReadAccess.CanRead(Reference, AuthorId, 3, Holding("former-deputy", "finance-director"), actedOnIt: true));
    }

    [Fact]
    public void CanRead_refuses_someone_with_no_post_when_the_audit_does_not_name_them()
    {
        Assert.False(ReadAccess.CanRead(Reference, AuthorId, 3, new Actor("former-deputy", []), actedOnIt: false));
    }
}
