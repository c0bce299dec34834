using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests;

/// <summary>
/// Every action by every demo user (and nobody) on a memo waiting at each step of memo-approval: exactly the
/// expected status, and a refused action changes nothing. The expectations are written out here, from the
/// rules in the brief, not derived from the engine: who may not read the memo gets 404 whatever they ask (ADR 6).
/// </summary>
public abstract class AuthorizationMatrixTestsBase(WorkflowApp app)
{
    private static readonly string[] Actions = ["submit", "endorse", "return", "refuse", "withdraw", "sign"];
    private static readonly string[] Everyone = [.. Users, Anonymous];

    private readonly ApiClient _api = app.Api;

    public static TheoryData<int, string, string> ActionCases()
    {
        var data = new TheoryData<int, string, string>();
        for (var step = 0; step < MemoSteps.Length; step++)
        {
            foreach (var action in Actions)
            {
                foreach (var user in Everyone)
                    data.Add(step, action, user);
            }
        }

        return data;
    }

    public static TheoryData<int, string> ReadCases()
    {
        var data = new TheoryData<int, string>();
        for (var step = 0; step < MemoSteps.Length; step++)
        {
            foreach (var user in Everyone)
                data.Add(step, user);
        }

        return data;
    }

    private static string[] HoldersOf(int step) => step == 1 ? [Office, Deputy] : [MemoSteps[step]];

    /// <summary>The author, and the holders of every step the memo has reached.</summary>
    private static bool Reads(int step, string user) =>
        user == Legal || Enumerable.Range(0, step + 1).Any(s => HoldersOf(s).Contains(user));

    private static HttpStatusCode ExpectedForAction(int step, string action, string user)
    {
        if (user == Anonymous)
            return HttpStatusCode.Unauthorized;
        if (!Reads(step, user))
            return HttpStatusCode.NotFound;
        if (action is "submit")
            return user == Legal ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden;
        if (action is "withdraw")
            return user == Legal ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        if (HoldersOf(step).Contains(user))
        {
            var signatureStep = step == MemoSteps.Length - 1;
            return (action, signatureStep) switch
            {
                ("endorse", true) or ("sign", false) => HttpStatusCode.Conflict,
                _ => HttpStatusCode.OK,
            };
        }

        var turnPassed = Enumerable.Range(0, step).Any(s => HoldersOf(s).Contains(user));
        return turnPassed ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden;
    }

    private static HttpStatusCode ExpectedForReading(int step, string user) =>
        user == Anonymous ? HttpStatusCode.Unauthorized
        : Reads(step, user) ? HttpStatusCode.OK
        : HttpStatusCode.NotFound;

    [Theory]
    [MemberData(nameof(ActionCases))]
    public async Task Action_answers_the_expected_status_when_the_memo_waits_at_a_step(int step, string action, string user)
    {
        var id = await _api.MemoAtStepAsync(step);
        var before = await app.CountsAsync(id);
        var expected = ExpectedForAction(step, action, user);

        using var response = await _api.ActAsync(user, id, action, "ตามที่เสนอ");

        if (expected == HttpStatusCode.OK)
            await ApiClient.ExpectAsync(response, expected, $"{user} {action} at step {step}");
        else
            await Problem.AssertAsync(response, expected);
        var after = await app.CountsAsync(id);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(before.Version + 1, after.Version);
            Assert.Equal(before.AuditEntries + 1, after.AuditEntries);
            Assert.Equal(before.OutboxRows + 1, after.OutboxRows);
        }
        else
        {
            Assert.Equal(before, after);
        }
    }

    [Theory]
    [MemberData(nameof(ReadCases))]
    public async Task Reading_answers_the_expected_status_when_the_memo_waits_at_a_step(int step, string user)
    {
        var id = await _api.MemoAtStepAsync(step);
        var client = await _api.LoginAsync(user);

        using var response = await client.GetAsync($"/api/documents/{id}", TestContext.Current.CancellationToken);

        await ApiClient.ExpectAsync(response, ExpectedForReading(step, user), $"{user} reads at step {step}");
    }

    [Theory]
    [MemberData(nameof(ReadCases))]
    public async Task Audit_verify_answers_the_reading_status_when_the_memo_waits_at_a_step(int step, string user)
    {
        var id = await _api.MemoAtStepAsync(step);
        var client = await _api.LoginAsync(user);

        using var response = await client.GetAsync($"/api/documents/{id}/audit/verify", TestContext.Current.CancellationToken);

        await ApiClient.ExpectAsync(response, ExpectedForReading(step, user), $"{user} verifies at step {step}");
    }

    [Theory]
    [InlineData(Legal, HttpStatusCode.Conflict)]
    [InlineData(Section, HttpStatusCode.Forbidden)]
    [InlineData(Mayor, HttpStatusCode.NotFound)]
    [InlineData(Finance, HttpStatusCode.NotFound)]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized)]
    public async Task Edit_answers_the_expected_status_when_the_memo_is_in_route(string user, HttpStatusCode expected)
    {
        var id = await _api.MemoAtStepAsync(0);
        var before = await app.CountsAsync(id);
        var client = await _api.LoginAsync(user);

        using var response = await client.PutAsJsonAsync($"/api/documents/{id}", ApiClient.Draft("แก้ไขโดยผู้อื่น"), TestContext.Current.CancellationToken);

        await ApiClient.ExpectAsync(response, expected, $"{user} edits");
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Theory]
    [InlineData(Section)]
    [InlineData(Mayor)]
    [InlineData(Finance)]
    public async Task Draft_is_invisible_when_read_by_anyone_but_its_author(string user)
    {
        var id = (await _api.CreateDraftAsync()).Id;
        var client = await _api.LoginAsync(user);

        using var response = await client.GetAsync($"/api/documents/{id}", TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_answers_403_when_the_user_may_not_start_the_route()
    {
        var before = await app.CountsAsync();
        var client = await _api.LoginAsync(Section);

        using var response = await client.PostAsJsonAsync("/api/documents", ApiClient.Draft(), TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Allowed_actions_list_what_the_reader_may_do_when_the_deputy_holds_the_step()
    {
        var id = await _api.MemoAtStepAsync(1);

        var doc = await _api.GetDocumentAsync(Deputy, id);

        Assert.Equal(["Endorse", "Return", "Refuse"], doc.AllowedActions);
    }

    [Theory]
    [InlineData(Section, 409)]
    [InlineData(Office, 409)]
    [InlineData(Deputy, 409)]
    [InlineData(Legal, 403)]
    [InlineData(Clerk, 404)]
    [InlineData(Mayor, 404)]
    [InlineData(Director, 404)]
    public async Task Endorsing_a_returned_memo_is_409_for_steps_it_reached_and_404_for_those_it_never_reached(string user, int expected)
    {
        var id = await _api.MemoAtStepAsync(1);
        await _api.ActOkAsync(Office, id, "return", "แก้ไขข้อ ๒");
        var before = await app.CountsAsync(id);

        using var response = await _api.ActAsync(user, id, "endorse");

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        Assert.Equal(before, await app.CountsAsync(id));
    }
}

/// <summary>AuthorizationMatrixTests on SQLite (the default provider).</summary>
public sealed class AuthorizationMatrixTests(WorkflowApp app) : AuthorizationMatrixTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AuthorizationMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class AuthorizationMatrixOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AuthorizationMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
