using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// /account/login, /account/logout and /language through the browser's door, for every demo user and anonymous:
/// pages about the session, not a document. Each answers a GET sensibly; each form goes where it should, after which
/// the memo page answers as it does to whoever the session now is; none changes any memo.
/// </summary>
public abstract class SessionPageMatrixTestsBase(WorkflowApp app)
{
    private static readonly MemoCase InRoute = MemoCase.Named("step-1");

    public static TheoryData<string, string> Pages => PageMatrix.ByUser(["/account/login", "/account/logout", "/language"]);

    public static TheoryData<string, string> Forms => PageMatrix.ByUser(["sign-in", "language", "sign-out"]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Session_page_answers_a_get_whoever_asks(string page, string user)
    {
        var browser = await PageSession.OpenAsync(app, user);

        using var response = await browser.GetAsync(page);

        // The language switch is a form; a GET of it just goes to the inbox.
        var expected = page switch
        {
            "/account/login" => PageAnswer.Shown,
            "/account/logout" => user == Anonymous ? PageAnswer.SignIn : PageAnswer.Shown,
            _ => PageAnswer.Redirected,
        };
        await PageAssert.AnswersAsync(expected, response, $"{user} opens {page}");
        if (expected == PageAnswer.Redirected)
            Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Session_form_changes_no_memo_and_the_memo_page_then_answers_as_to_the_session(string form, string user)
    {
        var memo = await InRoute.SeedAsync(app);
        var back = $"/memos/{memo.Id}";
        var before = await app.CountsAsync();
        // Signing in starts from a visitor's browser; anonymous tries a name that has no account.
        var browser = await PageSession.OpenAsync(app, form == "sign-in" ? Anonymous : user);
        var (url, fields, expected, then) = form switch
        {
            "sign-in" => ("/account/login", SignInFields(user, back), user == Anonymous ? PageAnswer.BadCredentials : PageAnswer.Redirected, InRoute.Reading(user)),
            "language" => ("/language", new() { ["culture"] = "en", ["returnUrl"] = back }, PageAnswer.Redirected, InRoute.Reading(user)),
            _ => ("/account/logout", new Dictionary<string, string>(), PageAnswer.SignIn, PageAnswer.SignIn),
        };

        using var response = await browser.PostAsync(url, fields);
        if (form == "sign-out")
            app.Api.ForgetTokens(); // signing out ends the user's bearer tokens too (ADR 9): the seeding client signs in again

        await PageAssert.AnswersAsync(expected, response, $"{user} posts {form}");
        if (expected == PageAnswer.Redirected)
            Assert.Equal(back, response.Headers.Location?.OriginalString);
        using var page = await browser.GetAsync(back);
        await PageAssert.ShowsTheMemoOnlyWhenShownAsync(then, page, memo.Subject, $"{user} opens the memo after {form}");
        Assert.Equal(before, await app.CountsAsync());
    }

    private static Dictionary<string, string> SignInFields(string user, string returnUrl) => new()
    {
        ["Input.UserName"] = user == Anonymous ? "no-such-officer" : user,
        ["Input.Password"] = user == Anonymous ? "wrong-password" : Password,
        ["ReturnUrl"] = returnUrl,
    };
}

/// <summary>SessionPageMatrixTests on SQLite (the default provider).</summary>
public sealed class SessionPageMatrixTests(WorkflowApp app) : SessionPageMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>SessionPageMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class SessionPageMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : SessionPageMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
