using System.Net;
using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// The public site shows published memos only. Drafts, memos in route, returned, refused and withdrawn memos are
/// unreachable whatever id is asked for: their document ids, their attachments, ids that are no publication.
/// </summary>
public abstract class PublicSiteLeakTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Public_urls_answer_404_for_every_unpublished_memo_and_every_id_that_is_no_publication()
    {
        var memos = await MemosInEveryState.SeedAsync(app, "leak");
        var client = app.Api.CreateClient();
        var notPublications = MemosInEveryState.Unpublished.Select(s => memos[s])
            .Append(memos["signed"]) // the signed memo's document id is not its publication id
            .Concat(Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()))
            .Append(Guid.Empty)
            .ToList();
        var answered = new List<string>();

        foreach (var id in notPublications)
        {
            foreach (var url in new[]
            {
                $"/public/api/memos/{id}", $"/public/memos/{id}",
                $"/public/memos/{id}/attachments/{memos.DraftAttachment}", $"/public/memos/{id}/attachments/{memos.SignedAttachment}",
            })
            {
                using var response = await client.GetAsync(url, Ct);
                if (response.StatusCode != HttpStatusCode.NotFound)
                    answered.Add($"{url}: {(int)response.StatusCode}");
            }
        }

        // The draft's attachment is not reachable through the published memo either.
        using (var borrowed = await client.GetAsync($"/public/memos/{memos.PublicationId}/attachments/{memos.DraftAttachment}", Ct))
            Assert.Equal(HttpStatusCode.NotFound, borrowed.StatusCode);
        using (var published = await client.GetAsync($"/public/api/memos/{memos.PublicationId}", Ct))
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Empty(answered);
    }

    [Fact]
    public async Task Public_list_search_and_feed_show_the_signed_memo_and_none_of_the_others()
    {
        var memos = await MemosInEveryState.SeedAsync(app, "list");
        var client = app.Api.CreateClient();

        var list = await client.GetStringAsync("/public/api/memos?pageSize=100", Ct);
        var feed = await client.GetStringAsync("/public/feed.atom", Ct);
        var site = await client.GetStringAsync("/public", Ct);

        Assert.Contains(memos.Memos["signed"].Subject, list);
        Assert.Contains(memos.Memos["signed"].Subject, feed);
        foreach (var state in MemosInEveryState.Unpublished)
        {
            var (id, subject) = memos.Memos[state];
            foreach (var (name, text) in new[] { ("list", list), ("feed", feed), ("site", site) })
            {
                Assert.False(text.Contains(subject, StringComparison.Ordinal), $"The {state} memo's subject is in the public {name}.");
                Assert.False(text.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase), $"The {state} memo's id is in the public {name}.");
            }

            var search = JsonDocument.Parse(await client.GetStringAsync($"/public/api/memos?q={Uri.EscapeDataString(subject)}", Ct)).RootElement;
            Assert.Equal(0, search.GetProperty("total").GetInt32());
        }
    }
}

/// <summary>PublicSiteLeakTests on SQLite (the default provider).</summary>
public sealed class PublicSiteLeakTests(WorkflowApp app) : PublicSiteLeakTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PublicSiteLeakTests on PostgreSQL (ADR 33).</summary>
public sealed class PublicSiteLeakOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PublicSiteLeakTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
