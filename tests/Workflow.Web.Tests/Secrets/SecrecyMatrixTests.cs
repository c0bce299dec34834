using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Secrets;

/// <summary>
/// Issue 11 item 2: every demo user, an administrator and anonymous against a secret memo in each state, over every
/// memo API endpoint and page, the lists, the register and the public site. Whoever may not read it gets what an
/// unknown id gets, and finds it nowhere; its readers are its author and the posts it reached (ADR 23).
/// </summary>
public abstract class SecrecyMatrixTestsBase(LoggedWorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in SecretMemos.States)
            foreach (var user in SecretMemos.Everyone)
                data.Add(state, user);
        return data;
    }

    private static readonly string[] ApiPaths = ["", "/audit/verify", "/messages", "/attachments/{attachment}"];

    private static readonly string[] PagePaths = ["/memos/{id}", "/memos/{id}/attachments/{attachment}"];

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Memo_api_answers_a_secret_memo_like_an_unknown_id_to_whoever_may_not_read_it(string state, string user)
    {
        var memo = (await SecretMemos.OfAsync(app))[state];
        var client = await SecretMemos.ApiClientFor(app, user);

        foreach (var path in ApiPaths)
        {
            var suffix = path.Replace("{attachment}", memo.Attachment.ToString(), StringComparison.Ordinal);
            using var response = await client.GetAsync($"/api/documents/{memo.Id}{suffix}", Ct);
            using var unknown = await client.GetAsync($"/api/documents/{Guid.NewGuid()}{suffix}", Ct);
            if (memo.Readers.Contains(user))
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            }
            else
            {
                Assert.Equal(await UnknownIdAnswer.OfAsync(unknown), await UnknownIdAnswer.OfAsync(response));
                Assert.DoesNotContain(memo.Subject, await response.Content.ReadAsStringAsync(Ct));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Memo_pages_show_a_secret_memo_to_its_readers_only(string state, string user)
    {
        var memo = (await SecretMemos.OfAsync(app))[state];
        var browser = await SecretMemos.BrowserFor(app, user);

        foreach (var path in PagePaths)
        {
            var url = path.Replace("{id}", memo.Id.ToString(), StringComparison.Ordinal).Replace("{attachment}", memo.Attachment.ToString(), StringComparison.Ordinal);
            using var response = await browser.GetAsync(url, Ct);
            var expected = user == Anonymous ? HttpStatusCode.Redirect : memo.Readers.Contains(user) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode}, expected {(int)expected}");
            if (expected != HttpStatusCode.OK)
                Assert.DoesNotContain(memo.Subject, await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Inbox_mine_and_home_page_list_a_secret_memo_for_its_readers_only(string state, string user)
    {
        var memo = (await SecretMemos.OfAsync(app))[state];
        var client = await SecretMemos.ApiClientFor(app, user);
        var browser = await SecretMemos.BrowserFor(app, user);
        using var inbox = await client.GetAsync("/api/inbox", Ct);
        using var mine = await client.GetAsync("/api/documents/mine", Ct);
        using var home = await browser.GetAsync("/", Ct);

        if (user == Anonymous)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, inbox.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, mine.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Contains("/account/login", home.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
            return;
        }

        var waitsForUser = memo.WaitsFor.Contains(user);
        var wroteIt = memo.Author == user;
        var inboxText = await inbox.Content.ReadAsStringAsync(Ct);
        var homeText = await home.Content.ReadAsStringAsync(Ct);
        Assert.Equal(waitsForUser, inboxText.Contains(memo.Subject, StringComparison.Ordinal));
        Assert.Equal(wroteIt, (await mine.Content.ReadAsStringAsync(Ct)).Contains(memo.Subject, StringComparison.Ordinal));
        Assert.Equal(waitsForUser || wroteIt, homeText.Contains($"/memos/{memo.Id}", StringComparison.OrdinalIgnoreCase));
        // The bell of the inbox counts what the inbox lists, so a memo left out of the one is left out of the other.
        Assert.Contains($"data-testid=\"inbox-count\" aria-hidden=\"true\">{JsonDocument.Parse(inboxText).RootElement.GetArrayLength()}<", homeText);
        if (!memo.Readers.Contains(user))
        {
            Assert.DoesNotContain(memo.Subject, homeText);
            Assert.DoesNotContain(memo.Id.ToString(), inboxText + homeText, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Register_and_its_search_never_show_a_secret_memo(string state, string user)
    {
        var memo = (await SecretMemos.OfAsync(app))[state];
        await GivenTheClerksOfficeMayReadTheRegisterAsync();
        var year = app.Services.GetRequiredService<RegisterNumberAllocator>().YearOf(DateTimeOffset.UtcNow);
        var client = await SecretMemos.ApiClientFor(app, user);
        var browser = await SecretMemos.BrowserFor(app, user);
        var query = SearchFor(memo);
        var seen = new List<string>();

        foreach (var url in new[]
        {
            $"/api/register?year={year}&pageSize=200", $"/api/register?year={year}&q={query}", $"/api/register/export.csv?year={year}",
            $"/api/admin/register?year={year}&pageSize=200", $"/api/admin/register?year={year}&q={query}", $"/api/admin/register/export.csv?year={year}",
        })
        {
            using var response = await client.GetAsync(url, Ct);
            seen.Add(await response.Content.ReadAsStringAsync(Ct));
        }

        foreach (var url in new[] { $"/register?year={year}", $"/register?year={year}&q={query}", $"/register/export.csv?year={year}" })
        {
            using var response = await browser.GetAsync(url, Ct);
            seen.Add(await response.Content.ReadAsStringAsync(Ct));
        }

        // Declassified, it is an ordinary memo again: in the book of those who read the register.
        var expected = state == "declassified" && RegisterReaders.Contains(user);
        Assert.Equal(expected, seen.Any(s => s.Contains(memo.Subject, StringComparison.Ordinal)));
    }

    private static readonly string[] RegisterReaders = [SecretMemos.AdminName, Office, Deputy];

    // The unique part of the subject: a search echoes its query (and a request log may name it), the memo's subject it must not show.
    private static string SearchFor(SecretMemos.Memo memo) => memo.Subject[(memo.Subject.LastIndexOf(' ') + 1)..];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Public_site_feed_and_json_show_a_secret_memo_only_once_it_is_declassified(string state)
    {
        var memo = (await SecretMemos.OfAsync(app))[state];
        var client = app.Api.CreateClient();
        var query = SearchFor(memo);

        var seen = string.Concat(
            await client.GetStringAsync("/public/api/memos?pageSize=100", Ct),
            await client.GetStringAsync($"/public/api/memos?q={query}", Ct),
            await client.GetStringAsync("/public/feed.atom", Ct),
            await client.GetStringAsync("/public", Ct),
            await client.GetStringAsync($"/public?q={query}", Ct));
        using var byDocumentId = await client.GetAsync($"/public/api/memos/{memo.Id}", Ct);
        using var page = await client.GetAsync($"/public/memos/{memo.Id}", Ct);

        Assert.Equal(state == "declassified", seen.Contains(memo.Subject, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, byDocumentId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    public static TheoryData<string> States => new(SecretMemos.States);

    [Fact]
    public async Task Logs_events_and_the_message_journal_never_carry_a_secret_subject()
    {
        var memos = await SecretMemos.OfAsync(app);
        var secret = memos.Memos.Values.Where(m => m.State != "declassified").ToList();
        var payloads = await app.ReadDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Outbox.Select(o => o.Payload), Ct));
        var logs = string.Join('\n', app.Logs.Entries);
        var journal = new List<string>();
        foreach (var memo in secret)
            journal.Add(await (await app.Api.LoginAsync(Legal)).GetStringAsync($"/api/documents/{memo.Id}/messages", Ct));

        foreach (var memo in secret)
        {
            Assert.DoesNotContain(payloads, p => p.Contains(memo.Subject, StringComparison.Ordinal));
            Assert.DoesNotContain(memo.Subject, logs);
            Assert.DoesNotContain(journal, j => j.Contains(memo.Subject, StringComparison.Ordinal));
        }
    }

    private async Task GivenTheClerksOfficeMayReadTheRegisterAsync()
    {
        var admin = await AdminAccounts.SignInAsync(app, SecretMemos.AdminName);
        var post = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<Workflow.Web.Administration.PostView>(admin, "/api/admin/posts/head-clerk-office", ApiClient.Json, Ct))!;
        if (post.MayReadRegister)
            return;
        using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(admin, "/api/admin/posts/head-clerk-office",
            new { post.TitleTh, post.TitleEn, post.MemoTitle, mayReadRegister = true, post.Version }, Ct);
        // Two tests may give the right at the same moment; either way the office holds it now.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"give the register right: {(int)response.StatusCode}");
    }
}

/// <summary>SecrecyMatrixTests on SQLite (the default provider).</summary>
public sealed class SecrecyMatrixTests(LoggedWorkflowApp app) : SecrecyMatrixTestsBase(app), IClassFixture<LoggedWorkflowApp>;

/// <summary>SecrecyMatrixTests on PostgreSQL (ADR 33).</summary>
public sealed class SecrecyMatrixOnPostgreSqlTests(OnPostgreSql<LoggedWorkflowApp> db) : SecrecyMatrixTestsBase(db.App), IClassFixture<OnPostgreSql<LoggedWorkflowApp>>;
