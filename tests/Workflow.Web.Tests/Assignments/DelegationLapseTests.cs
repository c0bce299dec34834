using System.Net;
using Workflow.Core.Assignments;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Assignments;

/// <summary>
/// The mayor delegates the post (ปฏิบัติราชการแทน) for December 2026 only: the delegate's inbox shows the memo waiting
/// for the mayor while the delegation lasts, to the last minute of 31 December in Bangkok, and nothing once it has ended.
/// </summary>
public abstract class DelegationLapseTestsBase(ClockedWorkflowApp app)
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    /// <summary>A memo waiting for the mayor, written mid-December, and the person the mayor delegated to for December.</summary>
    private async Task<(Guid Memo, string Delegate)> WaitingForTheDelegateAsync()
    {
        app.SetClock(new DateTimeOffset(2026, 12, 15, 10, 0, 0, Bangkok));
        var userName = "delegate" + Guid.NewGuid().ToString("N")[..8];
        await AssignedPeople.AddAsync(app, userName, "รองนายกเทศมนตรี", "mayor", AssignmentKind.Delegated,
            new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), delegatedBy: Demo.Mayor);
        return (await app.Api.MemoAtStepAsync(3), userName);
    }

    [Theory]
    [InlineData(15, 10, 0)]
    [InlineData(31, 23, 59)]
    public async Task Delegate_finds_the_memo_waiting_for_the_post_in_their_inbox_while_the_delegation_lasts(int day, int hour, int minute)
    {
        var (memo, userName) = await WaitingForTheDelegateAsync();

        app.SetClock(new DateTimeOffset(2026, 12, day, hour, minute, 0, Bangkok));
        var delegated = await AssignedClient.SignInAsync(app, userName);

        Assert.Contains(await delegated.InboxAsync(), i => i.Id == memo);
    }

    [Fact]
    public async Task Delegate_has_nothing_in_the_inbox_and_cannot_sign_once_the_delegation_has_ended()
    {
        var (memo, userName) = await WaitingForTheDelegateAsync();

        app.SetClock(new DateTimeOffset(2027, 1, 1, 0, 0, 30, Bangkok));
        var delegated = await AssignedClient.SignInAsync(app, userName);

        Assert.Empty(await delegated.InboxAsync());
        Assert.Equal(HttpStatusCode.NotFound, await delegated.ActAsync(memo, "sign"));
        Assert.Equal("mayor", (await app.Api.GetDocumentAsync(Demo.Mayor, memo)).WaitingFor?.Key);
    }
}

/// <summary>DelegationLapseTests on SQLite (the default provider).</summary>
public sealed class DelegationLapseTests(ClockedWorkflowApp app) : DelegationLapseTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>DelegationLapseTests on PostgreSQL (ADR 33).</summary>
public sealed class DelegationLapseOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : DelegationLapseTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
