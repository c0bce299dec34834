using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>One cell of a page matrix: a memo seeded in the row's state, and the column's user at the browser.</summary>
public sealed record PageCell(WorkflowApp App, string User, MemoCase Case, MemoCase.Seeded Memo, PageSession Browser)
{
    public static async Task<PageCell> OpenAsync(WorkflowApp app, string state, string user, bool withAttachment = false)
    {
        var memoCase = MemoCase.Named(state);
        var memo = await memoCase.SeedAsync(app, withAttachment);
        return new PageCell(app, user, memoCase, memo, await PageSession.OpenAsync(app, user));
    }

    public string MemoUrl => $"/memos/{Memo.Id}";

    public bool UserReads => Case.Readers.Contains(User);

    /// <summary>
    /// Posts a form about the memo (built for its current version) and asserts the expected answer; then either
    /// exactly the allowed change, after a redirect to the memo page saying what was done, or no change at all and,
    /// to someone the memo has not reached, nothing of it on the page.
    /// </summary>
    public async Task PostsAsync(PageAnswer expected, string done, Func<int, Task<HttpResponseMessage>> post, Func<DocumentCounts, DocumentCounts> allowedChange)
    {
        var before = await App.CountsAsync(Memo.Id);
        var what = $"{User} posts {done} on the {Case.Name} memo";

        using var response = await post(before.Version);

        var body = await PageAssert.AnswersAsync(expected, response, what);
        var after = await App.CountsAsync(Memo.Id);
        if (expected == PageAnswer.Redirected)
        {
            Assert.Equal($"{MemoUrl}?done={done}", response.Headers.Location?.OriginalString);
            Assert.Equal(allowedChange(before), after);
            return;
        }

        Assert.Equal(before, after);
        if (!UserReads)
            PageAssert.Hides(body, Memo.Subject, what);
    }
}
