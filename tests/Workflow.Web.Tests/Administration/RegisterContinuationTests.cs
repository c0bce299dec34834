using System.Net;
using System.Net.Http.Json;
using System.Text;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>
/// A municipality continues its paper register: the next number can be set, only upward, atomically with
/// allocation. Each test runs in a year of its own, so the counters do not depend on the tests' order.
/// </summary>
public abstract class RegisterContinuationTestsBase(ClockedWorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> InYearAsync(int year)
    {
        app.SetClock(new DateTimeOffset(year - 543, 5, 4, 3, 0, 0, TimeSpan.Zero));
        return await AdminAccounts.SignInAsync(app, "register-admin");
    }

    private static async Task<HttpResponseMessage> SetNextAsync(HttpClient admin, int year, int next) =>
        await admin.PutAsJsonAsync("/api/admin/register/next", new { year, next }, Ct);

    private async Task<string?> SubmitAsync()
    {
        var id = (await app.Api.CreateDraftAsync()).Id;
        using var response = await app.Api.ActAsync(Demo.Legal, id, "submit");
        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "submission");
        return (await app.Api.GetDocumentAsync(Demo.Legal, id)).RegisterNumber;
    }

    [Fact]
    public async Task Submissions_continue_from_the_set_number_when_next_is_set_to_335()
    {
        var admin = await InYearAsync(2569);

        using var set = await SetNextAsync(admin, 2569, 335);

        await ApiClient.ExpectAsync(set, HttpStatusCode.OK, "setting the next number");
        Assert.Equal("นม ๕๓๘๐๑/๓๓๕", await SubmitAsync());
        Assert.Equal("นม ๕๓๘๐๑/๓๓๖", await SubmitAsync());
    }

    [Fact]
    public async Task Setting_the_next_number_is_in_the_administration_audit_with_the_number_before_and_after()
    {
        var admin = await InYearAsync(2575);
        await SubmitAsync();

        using var set = await SetNextAsync(admin, 2575, 120);

        await ApiClient.ExpectAsync(set, HttpStatusCode.OK, "setting the next number");
        var entry = Assert.Single(await app.ReadDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AdminAudit.Where(a => a.SubjectKind == "Register" && a.SubjectId == "2575"), Ct)));
        Assert.Equal(("NextSet", "{\"year\":2575,\"next\":2}", "{\"year\":2575,\"next\":120}"), (entry.Action, entry.Before, entry.After));
        Assert.NotEqual("system", entry.ActorId);
    }

    [Fact]
    public async Task Lowering_the_next_number_is_refused_and_changes_nothing()
    {
        var admin = await InYearAsync(2570);
        await SubmitAsync();
        await SubmitAsync();

        using var lower = await SetNextAsync(admin, 2570, 2);

        await Problem.AssertFieldAsync(lower, HttpStatusCode.Conflict, "next");
        Assert.Equal("นม ๕๓๘๐๑/๓", await SubmitAsync());
    }

    [Fact]
    public async Task Setting_the_number_that_comes_next_anyway_changes_nothing()
    {
        var admin = await InYearAsync(2571);
        await SubmitAsync();

        using var same = await SetNextAsync(admin, 2571, 2);

        var answer = await ApiClient.ReadAsync<NextAnswer>(same, HttpStatusCode.OK);
        Assert.False(answer.Changed);
        Assert.Equal("นม ๕๓๘๐๑/๒", await SubmitAsync());
    }

    [Theory]
    [InlineData("{\"year\":2572,\"next\":\"many\"}", "next")]
    [InlineData("{\"year\":2572}", "next")]
    [InlineData("{\"year\":2572,\"next\":0}", "next")]
    [InlineData("{\"next\":400}", "year")]
    [InlineData("{\"year\":2573,\"next\":400}", "year")]
    public async Task Malformed_next_is_refused_with_400_and_changes_nothing(string json, string field)
    {
        var admin = await InYearAsync(2572);

        using var response = await admin.PutAsync("/api/admin/register/next", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        var next = await admin.GetFromJsonAsync<NextAnswer>("/api/admin/register/next?year=2572", Ct);
        Assert.Equal(0, next!.LastGiven);
    }

    [Fact]
    public async Task Race_between_setting_and_submitting_never_gives_a_number_twice_or_below_the_set_one()
    {
        var admin = await InYearAsync(2574);
        var drafts = new List<Guid>();
        for (var i = 0; i < 24; i++)
            drafts.Add((await app.Api.CreateDraftAsync()).Id);
        var legal = await app.Api.LoginAsync(Demo.Legal);

        var submissions = drafts.Take(20).Select(async id =>
        {
            using var response = await legal.PostAsJsonAsync($"/api/documents/{id}/submit", new { }, Ct);
            await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "submission during the race");
        }).ToList();
        using var set = await SetNextAsync(admin, 2574, 500);
        await Task.WhenAll(submissions);
        await ApiClient.ExpectAsync(set, HttpStatusCode.OK, "setting the next number during the race");
        var after = new List<int>();
        foreach (var id in drafts.Skip(20))
        {
            await app.Api.ActOkAsync(Demo.Legal, id, "submit");
            after.Add(RegisterNumbers.Number((await app.Api.GetDocumentAsync(Demo.Legal, id)).RegisterNumber));
        }

        var during = new List<int>();
        foreach (var id in drafts.Take(20))
            during.Add(RegisterNumbers.Number((await app.Api.GetDocumentAsync(Demo.Legal, id)).RegisterNumber));
        var before = during.Where(n => n < 500).Order().ToList();
        Assert.Equal(Enumerable.Range(1, before.Count), before);
        Assert.Equal(Enumerable.Range(500, 24 - before.Count), during.Where(n => n >= 500).Concat(after).Order());
        Assert.All(after, n => Assert.True(n >= 500, $"{n} given after the set"));
    }

    [Fact]
    public async Task Register_page_sets_the_next_number_and_shows_a_refusal_next_to_the_field()
    {
        await InYearAsync(2577);
        await SubmitAsync();
        var browser = await Security.CookieSession.SignInAsync(app, "register-admin", AdminAccounts.Password);
        var token = await Security.CookieSession.TokenAsync(browser, "/admin/register");
        FormUrlEncodedContent Form(int next) => new(new Dictionary<string, string>
        {
            ["Input.Year"] = "2577", ["Input.Next"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        });

        using var set = await browser.PostAsync("/admin/register", Form(335), Ct);
        using var lower = await browser.PostAsync("/admin/register", Form(300), Ct);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("เลขที่ให้ไปแล้วล่าสุด 334 เรื่องที่ส่งถัดไปจะได้เลขที่ 335", await browser.GetStringAsync("/admin/register", Ct));
        Assert.Equal(HttpStatusCode.Conflict, lower.StatusCode);
        Assert.Matches("id=\"next-error\"[^>]*>เลขที่นี้ให้ไปแล้ว", await lower.Content.ReadAsStringAsync(Ct));
        Assert.Equal("นม ๕๓๘๐๑/๓๓๕", await SubmitAsync());
    }

    private sealed record NextAnswer(int Year, int Next, int LastGiven, bool Changed);
}

/// <summary>RegisterContinuationTests on SQLite (the default provider).</summary>
public sealed class RegisterContinuationTests(ClockedWorkflowApp app) : RegisterContinuationTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>RegisterContinuationTests on PostgreSQL (ADR 33).</summary>
public sealed class RegisterContinuationOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : RegisterContinuationTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
