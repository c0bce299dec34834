using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// /memos/new (GET, and the memo form's Save and Submit on each route) through the browser's door, for every demo
/// user and anonymous: the form is offered, and a memo created, only for a position that may start the route (the
/// legal officer on memo-approval, the finance officer on finance-approval); anyone else gets 403 and nothing is written.
/// </summary>
public abstract class NewMemoPageMatrixTestsBase(WorkflowApp app)
{
    private static readonly Dictionary<string, string> Submitters = new() { [MemoRoute] = Legal, [FinanceRoute] = Finance };

    public static TheoryData<string, string, string> Posts => PageMatrix.ByUser(Submitters.Keys, ["Save", "Submit"]);

    [Theory]
    [MemberData(nameof(PageMatrix.EveryUser), MemberType = typeof(PageMatrix))]
    public async Task New_page_offers_the_form_only_when_the_user_may_start_a_route(string user)
    {
        var browser = await PageSession.OpenAsync(app, user);

        using var response = await browser.GetAsync("/memos/new");

        var body = await PageAssert.AnswersAsync(user == Anonymous ? PageAnswer.SignIn : PageAnswer.Shown, response, $"{user} opens the new memo page");
        var mayWrite = Submitters.ContainsValue(user);
        Assert.Equal(mayWrite, body.Contains("name=\"Input.Subject\"", StringComparison.Ordinal));
        Assert.Equal(user != Anonymous && !mayWrite, body.Contains("data-testid=\"cannot-write\"", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Memo_form_creates_a_memo_only_when_the_user_may_start_the_route(string route, string handler, string user)
    {
        var before = await app.CountsAsync();
        var browser = await PageSession.OpenAsync(app, user);
        var expected = user == Anonymous ? PageAnswer.SignIn : Submitters[route] == user ? PageAnswer.Redirected : PageAnswer.Forbidden;

        using var response = await browser.PostMultipartAsync($"/memos/new?handler={handler}", PageForms.Memo($"เรื่องใหม่โดย {user}", route: route));

        await PageAssert.AnswersAsync(expected, response, $"{user} posts {handler} on {route}");
        var after = await app.CountsAsync();
        if (expected != PageAnswer.Redirected)
        {
            Assert.Equal(before, after);
            return;
        }

        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.EndsWith($"?done={handler}", location, StringComparison.Ordinal);
        var created = await app.CountsAsync(Guid.Parse(location["/memos/".Length..location.IndexOf('?', StringComparison.Ordinal)]));
        var submitted = handler == "Submit" ? 1 : 0;
        Assert.Equal(submitted == 1 ? "InRoute" : "Draft", created.Status);
        Assert.Equal(before with
        {
            Documents = before.Documents + 1,
            VersionSum = before.VersionSum + created.Version,
            AuditEntries = before.AuditEntries + submitted,
            OutboxRows = before.OutboxRows + submitted,
            RegisterNumbersGiven = before.RegisterNumbersGiven + submitted,
        }, after);
    }
}

/// <summary>NewMemoPageMatrixTests on SQLite (the default provider).</summary>
public sealed class NewMemoPageMatrixTests(WorkflowApp app) : NewMemoPageMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>NewMemoPageMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class NewMemoPageMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : NewMemoPageMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
