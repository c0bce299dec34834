using System.Net;
using Workflow.Core.Assignments;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Assignments;

/// <summary>
/// The mayor delegates the post (ปฏิบัติราชการแทน) for December 2026 only: the delegate's inbox shows the memo waiting
/// for the mayor while the delegation lasts, to the last minute of 31 December in Bangkok, and nothing once it has ended.
/// </summary>
public sealed class DelegationLapseTests : IClassFixture<ClockedWorkflowApp>
{
    private static readonly DateTimeOffset MidDecember = new(2026, 12, 15, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset LastMinute = new(2026, 12, 31, 23, 59, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset NewYear = new(2027, 1, 1, 0, 0, 30, TimeSpan.FromHours(7));

    private readonly ClockedWorkflowApp _app;

    public DelegationLapseTests(ClockedWorkflowApp app)
    {
        _app = app;
        _app.SetClock(MidDecember);
    }

    /// <summary>A memo waiting for the mayor, and the user name of the person the mayor delegated to for December.</summary>
    private async Task<(Guid Memo, string Delegate)> WaitingForTheDelegateAsync()
    {
        var userName = "delegate" + Guid.NewGuid().ToString("N")[..8];
        await AssignedPeople.AddAsync(_app, userName, "รองนายกเทศมนตรี", "mayor", AssignmentKind.Delegated,
            new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), delegatedBy: Demo.Mayor);
        return (await _app.Api.MemoAtStepAsync(3), userName);
    }

    [Fact]
    public async Task Delegate_finds_the_memo_waiting_for_the_post_in_their_inbox_while_the_delegation_lasts()
    {
        var (memo, userName) = await WaitingForTheDelegateAsync();

        var delegated = await AssignedClient.SignInAsync(_app, userName);

        Assert.Contains(await delegated.InboxAsync(), i => i.Id == memo);
    }

    [Fact]
    public async Task Delegate_still_finds_the_memo_in_the_last_minute_of_the_delegations_last_day()
    {
        var (memo, userName) = await WaitingForTheDelegateAsync();

        _app.SetClock(LastMinute);
        var delegated = await AssignedClient.SignInAsync(_app, userName);

        Assert.Contains(await delegated.InboxAsync(), i => i.Id == memo);
    }

    [Fact]
    public async Task Delegate_has_nothing_in_the_inbox_and_cannot_sign_once_the_delegation_has_ended()
    {
        var (memo, userName) = await WaitingForTheDelegateAsync();

        _app.SetClock(NewYear);
        var delegated = await AssignedClient.SignInAsync(_app, userName);

        Assert.Empty(await delegated.InboxAsync());
        Assert.Equal(HttpStatusCode.NotFound, await delegated.ActAsync(memo, "sign"));
        Assert.Equal("mayor", (await _app.Api.GetDocumentAsync(Demo.Mayor, memo)).WaitingFor?.Key);
    }
}
