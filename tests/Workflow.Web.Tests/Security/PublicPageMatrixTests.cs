using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// The public site (/public and /public/memos/{id}) for every demo user and anonymous, with a memo in every state:
/// a published memo is shown to everyone, signed in or not; an unpublished one is 404 and found by no search.
/// </summary>
public abstract class PublicPageMatrixTestsBase(WorkflowApp app)
{
    [Theory]
    [MemberData(nameof(PageMatrix.EveryMemo), MemberType = typeof(PageMatrix))]
    public async Task Public_memo_page_is_shown_to_everyone_only_when_the_memo_is_published(string state, string user)
    {
        var cell = await PageCell.OpenAsync(app, state, user);

        // An unpublished memo has no publication id: its document id is the only one there is to ask with.
        using var response = await cell.Browser.GetAsync($"/public/memos/{cell.Memo.Publication ?? cell.Memo.Id}");

        var expected = cell.Case.Final ? PageAnswer.Shown : PageAnswer.NotFound;
        await PageAssert.ShowsTheMemoOnlyWhenShownAsync(expected, response, cell.Memo.Subject, $"{user} opens the {state} memo on the public site");
    }

    [Theory]
    [MemberData(nameof(PageMatrix.EveryMemo), MemberType = typeof(PageMatrix))]
    public async Task Public_search_finds_the_memo_for_everyone_only_when_it_is_published(string state, string user)
    {
        var cell = await PageCell.OpenAsync(app, state, user);

        using var response = await cell.Browser.GetAsync($"/public?q={Uri.EscapeDataString(cell.Memo.Subject)}");

        var html = await PageAssert.AnswersAsync(PageAnswer.Shown, response, $"{user} searches the public site");
        var listed = PageHtml.Table(html, "public-list").Contains(cell.Memo.Subject, StringComparison.Ordinal);
        Assert.True(cell.Case.Final == listed, $"{user}: the {state} memo is {(listed ? "listed" : "missing")}.");
    }
}

/// <summary>PublicPageMatrixTests on SQLite (the default provider).</summary>
public sealed class PublicPageMatrixTests(WorkflowApp app) : PublicPageMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PublicPageMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class PublicPageMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PublicPageMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
