using Workflow.Core.Engine;
using Workflow.Core.Numbering;

namespace Workflow.Core.Tests.Numbering;

public class RegisterReadersTests
{
    private static bool ClerkOfficeOnly(string post) => post == "head-clerk-office";

    private static Actor Holding(string post, Capacity capacity = Capacity.Self) => new("u1", [new HeldPosition(post, capacity)]);

    [Fact]
    public void MayRead_is_true_for_an_administrator_holding_no_post() =>
        Assert.True(RegisterReaders.MayRead(isAdministrator: true, new Actor("admin", []), ClerkOfficeOnly));

    [Theory]
    [InlineData(Capacity.Self)]
    [InlineData(Capacity.Acting)]
    [InlineData(Capacity.Delegated)]
    public void MayRead_is_true_when_the_person_acts_for_a_post_given_the_right_in_any_capacity(Capacity capacity) =>
        Assert.True(RegisterReaders.MayRead(isAdministrator: false, Holding("head-clerk-office", capacity), ClerkOfficeOnly));

    [Fact]
    public void MayRead_is_false_when_the_persons_posts_lack_the_right() =>
        Assert.False(RegisterReaders.MayRead(isAdministrator: false, Holding("mayor"), ClerkOfficeOnly));

    [Fact]
    public void MayRead_is_false_when_nobody_is_signed_in() =>
        Assert.False(RegisterReaders.MayRead(isAdministrator: false, null, ClerkOfficeOnly));
}
