using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Secrets;

/// <summary>
/// Issue 11 item 2, the write side of the matrix: whoever may not read a secret memo is answered by every write
/// endpoint exactly as for an unknown id, and nothing of the memo changes; nor do their notifications mention it.
/// </summary>
public abstract class SecretMemoWritesTestsBase(LoggedWorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every state against every user who may not read the memo in that state (and, if asked, anonymous).</summary>
    public static TheoryData<string, string> NonReaders(bool anonymousToo)
    {
        var data = new TheoryData<string, string>();
        foreach (var state in SecretMemos.States)
            foreach (var user in SecretMemos.Everyone.Except(SecretMemos.ReadersOf(state)).Where(u => anonymousToo || u != Anonymous))
                data.Add(state, user);
        return data;
    }

    private static readonly string[] Actions = ["submit", "endorse", "return", "refuse", "withdraw", "sign"];

    private static IEnumerable<(string Name, Func<HttpClient, Guid, Guid, Task<HttpResponseMessage>> Send)> Writes()
    {
        yield return ("PUT draft", (c, id, _) => c.PutAsJsonAsync($"/api/documents/{id}?version=1", ApiClient.Draft("แก้เรื่องลับ"), Ct));
        foreach (var action in Actions)
            yield return (action, (c, id, _) => c.PostAsJsonAsync($"/api/documents/{id}/{action}", new { note = "ตามที่เสนอ" }, Ct));
        yield return ("attach", (c, id, _) => c.PostAsync($"/api/documents/{id}/attachments", TestPdf.Multipart(TestPdf.Small(), "แทรก.pdf"), Ct));
        yield return ("detach", (c, id, file) => c.DeleteAsync($"/api/documents/{id}/attachments/{file}", Ct));
        yield return ("declassify", (c, id, _) => c.PostAsJsonAsync($"/api/documents/{id}/declassify", new { reason = SecretMemos.Reason }, Ct));
    }

    [Theory]
    [MemberData(nameof(NonReaders), true)]
    public async Task Write_endpoints_answer_a_secret_memo_like_an_unknown_id_and_change_nothing(string state, string user)
    {
        var memo = (await SecretMemos.OfAsync(app))[state];
        var client = await SecretMemos.ApiClientFor(app, user);
        var before = await app.CountsAsync(memo.Id);

        foreach (var (name, send) in Writes())
        {
            using var response = await send(client, memo.Id, memo.Attachment);
            using var unknown = await send(client, Guid.NewGuid(), memo.Attachment);
            Assert.True(await UnknownIdAnswer.OfAsync(unknown) == await UnknownIdAnswer.OfAsync(response),
                $"{name}: {await UnknownIdAnswer.OfAsync(response)} but an unknown id gets {await UnknownIdAnswer.OfAsync(unknown)}");
            Assert.DoesNotContain(memo.Subject, await response.Content.ReadAsStringAsync(Ct));
        }

        Assert.Equal(before, await app.CountsAsync(memo.Id));
    }

    [Theory]
    [MemberData(nameof(NonReaders), false)]
    public async Task Notifications_and_the_bell_of_a_non_reader_never_mention_a_secret_memo(string state, string user)
    {
        var memo = (await SecretMemos.OfAsync(app))[state];
        var client = await SecretMemos.ApiClientFor(app, user);
        var browser = await SecretMemos.BrowserFor(app, user);

        var seen = string.Concat(
            await client.GetStringAsync("/api/notifications", Ct),
            await browser.GetStringAsync("/notifications", Ct),
            await browser.GetStringAsync("/", Ct));

        Assert.DoesNotContain(memo.Subject, seen);
        Assert.DoesNotContain(memo.Id.ToString(), seen, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>SecretMemoWritesTests on SQLite (the default provider).</summary>
public sealed class SecretMemoWritesTests(LoggedWorkflowApp app) : SecretMemoWritesTestsBase(app), IClassFixture<LoggedWorkflowApp>;

/// <summary>SecretMemoWritesTests on PostgreSQL (ADR 33).</summary>
public sealed class SecretMemoWritesOnPostgreSqlTests(OnPostgreSql<LoggedWorkflowApp> db) : SecretMemoWritesTestsBase(db.App), IClassFixture<OnPostgreSql<LoggedWorkflowApp>>;
