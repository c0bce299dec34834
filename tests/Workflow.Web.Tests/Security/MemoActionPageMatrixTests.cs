using Workflow.Core.Engine;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Every action form of the memo page (each <see cref="ActionKind"/>) posted through the browser's door by every demo
/// user and anonymous, on a draft, a memo at an endorsement step (the office head's, held also by the acting deputy),
/// at the mayor's signature step, a returned and a signed memo. An allowed post makes exactly one audited change;
/// a refused one changes nothing and, to someone the memo has not reached, answers 404 and shows nothing of it.
/// </summary>
public abstract class MemoActionPageMatrixTestsBase(WorkflowApp app)
{
    private static readonly string[] States = ["draft", "step-1", "step-3", "returned", "signed"];

    public static TheoryData<string, string, string> Cells => PageMatrix.ByUser(States, Enum.GetNames<ActionKind>());

    private static PageAnswer Expected(MemoCase memo, string action, string user)
    {
        if (user == Anonymous)
            return PageAnswer.SignIn;
        if (!memo.Readers.Contains(user))
            return PageAnswer.NotFound;
        // None of these memos is secret: the signing post's holder is told it no longer can be declassified, any other reader no.
        if (action == "Declassify")
            return user == Mayor ? PageAnswer.Conflict : PageAnswer.Forbidden;
        if (action is "Submit" or "Withdraw")
        {
            var possible = action == "Submit" ? memo.Editable : !memo.Final;
            return user != memo.Author ? PageAnswer.Forbidden : possible ? PageAnswer.Redirected : PageAnswer.Conflict;
        }

        if (memo.WaitsFor.Contains(user))
            return (action, memo.AtSignature) is ("Endorse", true) or ("Sign", false) ? PageAnswer.Conflict : PageAnswer.Redirected;
        return memo.MovedOnFor.Contains(user) ? PageAnswer.Conflict : PageAnswer.Forbidden;
    }

    private static string StatusAfter(string action) => action switch
    {
        "Submit" or "Endorse" => "InRoute",
        "Return" => "Returned",
        "Refuse" => "Refused",
        "Withdraw" => "Withdrawn",
        "Sign" => "Signed",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Action_form_changes_the_memo_only_when_the_rules_allow_the_user(string state, string action, string user)
    {
        var cell = await PageCell.OpenAsync(app, state, user);

        await cell.PostsAsync(Expected(cell.Case, action, user), action,
            version => cell.Browser.PostAsync(cell.MemoUrl, PageForms.Action(action, version)),
            before => before with
            {
                Version = before.Version + 1,
                Status = StatusAfter(action),
                AuditEntries = before.AuditEntries + 1,
                OutboxRows = before.OutboxRows + 1,
            });
    }
}

/// <summary>MemoActionPageMatrixTests on SQLite (the default provider).</summary>
public sealed class MemoActionPageMatrixTests(WorkflowApp app) : MemoActionPageMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>MemoActionPageMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class MemoActionPageMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : MemoActionPageMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
