using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// The inbox page "/" through the browser's door, for every demo user and anonymous, with a memo in every state: the
/// memo is in the inbox only of those it waits for (the office head and the acting deputy alike) and under "my memos"
/// only for its author; nobody else's page names it.
/// </summary>
public abstract class InboxPageMatrixTestsBase(WorkflowApp app)
{
    // The data-testid of the page's two lists.
    private const string InboxList = "inbox";
    private const string MineList = "mine";

    [Theory]
    [MemberData(nameof(PageMatrix.EveryMemo), MemberType = typeof(PageMatrix))]
    public async Task Inbox_lists_the_memo_only_for_whom_it_waits_and_mine_only_for_its_author(string state, string user)
    {
        var cell = await PageCell.OpenAsync(app, state, user);

        using var response = await cell.Browser.GetAsync("/");

        var html = await PageAssert.AnswersAsync(user == Demo.Anonymous ? PageAnswer.SignIn : PageAnswer.Shown, response, $"{user} opens the inbox");
        var link = $"href=\"{cell.MemoUrl}\"";
        var waiting = cell.Case.WaitsFor.Contains(user);
        var mine = cell.Case.Author == user;
        Assert.True(waiting == PageHtml.Table(html, InboxList).Contains(link, StringComparison.Ordinal), $"{user}: waiting {waiting}, inbox disagrees");
        Assert.True(mine == PageHtml.Table(html, MineList).Contains(link, StringComparison.Ordinal), $"{user}: author {mine}, my memos disagree");
        Assert.True(waiting || mine || !html.Contains(cell.Memo.Subject, StringComparison.Ordinal), $"{user}: the page names the {state} memo.");
    }
}

/// <summary>InboxPageMatrixTests on SQLite (the default provider).</summary>
public sealed class InboxPageMatrixTests(WorkflowApp app) : InboxPageMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>InboxPageMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class InboxPageMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : InboxPageMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
