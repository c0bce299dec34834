using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// /memos/{id}/edit (GET, and the memo form's Save and Submit) through the browser's door, for every demo user and
/// anonymous, on a draft, a memo in route, a returned and a signed memo: only the author, only while the memo is a
/// draft or returned. A reader who is not the author gets 403, anyone else 404.
/// </summary>
public abstract class EditPageMatrixTestsBase(WorkflowApp app)
{
    private static readonly string[] States = ["draft", "step-1", "returned", "signed"];

    public static TheoryData<string, string> Pages => PageMatrix.ByUser(States);

    public static TheoryData<string, string, string> Posts => PageMatrix.ByUser(States, ["Save", "Submit"]);

    private static PageAnswer Expected(MemoCase memo, string user, PageAnswer allowed) =>
        user == Demo.Anonymous ? PageAnswer.SignIn
        : !memo.Readers.Contains(user) ? PageAnswer.NotFound
        : user != memo.Author ? PageAnswer.Forbidden
        : memo.Editable ? allowed : PageAnswer.Conflict;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Edit_page_is_shown_only_to_the_author_when_the_memo_is_a_draft_or_returned(string state, string user)
    {
        var cell = await PageCell.OpenAsync(app, state, user);

        using var response = await cell.Browser.GetAsync($"{cell.MemoUrl}/edit");

        var body = await PageAssert.AnswersAsync(Expected(cell.Case, user, PageAnswer.Shown), response, $"{user} edits the {state} memo");
        if (!cell.UserReads)
            PageAssert.Hides(body, cell.Memo.Subject, user);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Memo_form_saves_or_submits_only_for_the_author_when_the_memo_is_a_draft_or_returned(string state, string handler, string user)
    {
        var cell = await PageCell.OpenAsync(app, state, user);
        var subject = $"แก้ไขโดย {user} {Guid.NewGuid():N}";
        var expected = Expected(cell.Case, user, PageAnswer.Redirected);
        var submitted = handler == "Submit" ? 1 : 0;

        await cell.PostsAsync(expected, handler,
            version => cell.Browser.PostMultipartAsync($"{cell.MemoUrl}/edit?handler={handler}", PageForms.Memo(subject, version)),
            before => before with
            {
                Version = before.Version + 1 + submitted,
                Status = submitted == 1 ? "InRoute" : before.Status,
                AuditEntries = before.AuditEntries + submitted,
                OutboxRows = before.OutboxRows + submitted,
            });

        var stored = (await app.Api.GetDocumentAsync(cell.Case.Author, cell.Memo.Id)).Subject;
        Assert.Equal(expected == PageAnswer.Redirected ? subject : cell.Memo.Subject, stored);
    }
}

/// <summary>EditPageMatrixTests on SQLite (the default provider).</summary>
public sealed class EditPageMatrixTests(WorkflowApp app) : EditPageMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>EditPageMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class EditPageMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : EditPageMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
