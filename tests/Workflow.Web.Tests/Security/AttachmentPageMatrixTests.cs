using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// /memos/{id}/attachments/{attachmentId} through the browser's door, for every demo user and anonymous: the PDF of
/// a draft, of a memo in route and of a signed memo downloads for the memo's readers only; an attachment asked for
/// through a memo it does not belong to is 404 even to someone who reads both.
/// </summary>
public abstract class AttachmentPageMatrixTestsBase(WorkflowApp app)
{
    public static TheoryData<string, string> Cells => PageMatrix.ByUser(["draft", "step-1", "signed"]);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Attachment_downloads_only_when_the_user_may_read_the_memo(string state, string user)
    {
        var cell = await PageCell.OpenAsync(app, state, user, withAttachment: true);

        using var response = await cell.Browser.GetAsync($"{cell.MemoUrl}/attachments/{cell.Memo.Attachment}");

        var expected = cell.Case.Reading(user);
        await PageAssert.AnswersAsync(expected, response, $"{user} downloads from the {state} memo");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(expected == PageAnswer.Shown, bytes.AsSpan().SequenceEqual(TestPdf.Small()));
    }

    [Theory]
    [MemberData(nameof(PageMatrix.EveryUser), MemberType = typeof(PageMatrix))]
    public async Task Attachment_is_not_found_when_asked_for_through_a_memo_it_does_not_belong_to(string user)
    {
        var draft = await MemoCase.Named("draft").SeedAsync(app, withAttachment: true);
        var throughCase = MemoCase.Named(user is Finance or Director ? "finance-step-0" : "signed");
        var through = await throughCase.SeedAsync(app);
        var browser = await PageSession.OpenAsync(app, user);
        using (var readable = await browser.GetAsync($"/memos/{through.Id}"))
            await PageAssert.AnswersAsync(throughCase.Reading(user), readable, $"{user} opens the memo the attachment is asked through");

        using var response = await browser.GetAsync($"/memos/{through.Id}/attachments/{draft.Attachment}");

        await PageAssert.AnswersAsync(user == Anonymous ? PageAnswer.SignIn : PageAnswer.NotFound, response, $"{user} borrows the draft's attachment");
    }
}

/// <summary>AttachmentPageMatrixTests on SQLite (the default provider).</summary>
public sealed class AttachmentPageMatrixTests(WorkflowApp app) : AttachmentPageMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AttachmentPageMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class AttachmentPageMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AttachmentPageMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
