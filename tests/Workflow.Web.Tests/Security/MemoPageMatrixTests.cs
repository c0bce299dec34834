using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// GET /memos/{id} through the browser's door, for every demo user and anonymous, on a memo in every state (and one
/// by another author, on another route): shown to those it has reached, 404 to everyone else, sign-in to nobody.
/// A post naming an action the page does not know is 400 to everyone signed in, and changes nothing.
/// </summary>
public abstract class MemoPageMatrixTestsBase(WorkflowApp app)
{
    [Theory]
    [MemberData(nameof(PageMatrix.EveryUser), MemberType = typeof(PageMatrix))]
    public async Task Memo_form_refuses_an_action_it_does_not_know_when_anyone_posts_it(string user)
    {
        var cell = await PageCell.OpenAsync(app, "step-1", user);
        var expected = user == Demo.Anonymous ? PageAnswer.SignIn : PageAnswer.Invalid;

        await cell.PostsAsync(expected, "Publish", version => cell.Browser.PostAsync(cell.MemoUrl, PageForms.Action("Publish", version)), before => before);
    }

    [Theory]
    [MemberData(nameof(PageMatrix.EveryMemo), MemberType = typeof(PageMatrix))]
    public async Task Memo_page_is_shown_only_when_the_memo_has_reached_the_user(string state, string user)
    {
        var cell = await PageCell.OpenAsync(app, state, user);

        using var response = await cell.Browser.GetAsync(cell.MemoUrl);

        await PageAssert.ShowsTheMemoOnlyWhenShownAsync(cell.Case.Reading(user), response, cell.Memo.Subject, $"{user} opens the {state} memo");
    }
}

/// <summary>MemoPageMatrixTests on SQLite (the default provider).</summary>
public sealed class MemoPageMatrixTests(WorkflowApp app) : MemoPageMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>MemoPageMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class MemoPageMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : MemoPageMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
