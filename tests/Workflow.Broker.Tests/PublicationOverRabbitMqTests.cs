using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CodeHollow.FeedReader;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Public;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Broker.Tests;

public sealed class PublicationOverRabbitMqTests(RabbitMqBroker broker) : RabbitMqServiceTest(broker)
{
    [Fact]
    public async Task Whole_route_over_RabbitMQ_ends_with_the_memo_on_the_public_site_and_in_the_feed()
    {
        Broker.EnsureAvailable();
        var id = await App.Api.MemoAtStepAsync(3);
        var signing = Stopwatch.StartNew();
        await App.Api.ActOkAsync(Demo.Mayor, id, "sign", "อนุญาต");

        var publication = await WaitForPublicationAsync(id);
        TestContext.Current.SendDiagnosticMessage($"Signature → public over RabbitMQ: {signing.ElapsedMilliseconds} ms (observed by polling)");
        var anonymous = App.CreateClient();
        var memo = await anonymous.GetFromJsonAsync<PublicMemo>($"/public/api/memos/{publication}", ApiClient.Json, Ct);
        Assert.Equal(id, memo!.Memo.DocumentId);
        Assert.Equal(["Submit", "Endorse", "Endorse", "Endorse", "Sign"], memo.Memo.Chain.Select(c => c.Action));
        Assert.Contains("เรียน ปลัดเทศบาล", memo.Memo.Chain[2].MarginalNote);

        var feed = FeedReader.ReadFromString(await anonymous.GetStringAsync("/public/feed.atom", Ct));
        Assert.Equal(FeedType.Atom, feed.Type);
        var entry = Assert.Single(feed.Items);
        Assert.Contains(memo.Memo.RegisterNumber, entry.Title);
        Assert.EndsWith(PublicSite.UrlOf(publication), entry.Link);

        var journal = await App.Api.GetAsync<List<JournalRow>>(Demo.Legal, $"/api/documents/{id}/messages");
        Assert.Equal(["DocumentSubmitted", "EndorsementRecorded", "EndorsementRecorded", "EndorsementRecorded", "DocumentSigned"],
            journal.Select(j => j.Type));
        Assert.All(journal, j => Assert.NotNull(j.SentAt));
    }

    [Fact]
    public async Task Public_site_shows_nothing_that_was_not_signed()
    {
        Broker.EnsureAvailable();
        var draft = (await App.Api.CreateDraftAsync()).Id;
        var refused = await App.Api.MemoAtStepAsync(1);
        await App.Api.ActOkAsync(Demo.Office, refused, "refuse", "ไม่อนุญาต");
        var waiting = await App.Api.MemoAtStepAsync(3);
        var anonymous = App.CreateClient();

        Assert.Equal(0, (await anonymous.GetFromJsonAsync<PublicPage>("/public/api/memos", ApiClient.Json, Ct))!.Total);
        foreach (var id in new[] { draft, refused, waiting })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/api/memos/{id}", Ct)).StatusCode);
            Assert.DoesNotContain(id.ToString(), await anonymous.GetStringAsync("/public/feed.atom", Ct));
        }
    }

    private async Task<Guid> WaitForPublicationAsync(Guid documentId)
    {
        Guid? found = null;
        var published = await App.EventuallyAsync(async db =>
        {
            found = await db.Publications.Where(p => p.DocumentId == documentId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
            return found is not null;
        }, TimeSpan.FromSeconds(30));
        Assert.True(published, "The signed memo was not published within 30 s.");
        return found!.Value;
    }

    private sealed record JournalRow(Guid MessageId, string Type, int Sequence, DateTimeOffset? SentAt, DateTimeOffset ConsumedAt);
}
