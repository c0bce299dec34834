using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Broker.Tests;

public sealed class BrokerOutageTests(RabbitMqBroker broker) : RabbitMqServiceTest(broker)
{
    [Fact]
    public async Task Broker_outage_mid_route_loses_no_event_and_publishes_the_memo_once()
    {
        Broker.EnsureRestartable();
        var id = await App.Api.MemoAtStepAsync(1);
        Assert.True(await App.EventuallyAsync(db => db.MessageJournal.CountAsync(j => j.DocumentId == id).ContinueWith(t => t.Result == 2),
            TimeSpan.FromSeconds(30)), $"The first two events were not delivered before the outage: {await OutboxStateAsync(id)}");

        await Broker.StopAsync(Ct);
        try
        {
            // The API keeps accepting actions: they wait in the outbox.
            await App.Api.ActOkAsync(Demo.Office, id, "endorse");
            await App.Api.ActOkAsync(Demo.Clerk, id, "endorse");
            await App.Api.ActOkAsync(Demo.Mayor, id, "sign");
            Assert.True(await HealthIsAsync("Degraded"), "/health did not turn Degraded during the outage.");
            Assert.True(await App.ReadDbAsync(db => db.Outbox.AnyAsync(o => o.DocumentId == id && o.SentAt == null)));
        }
        finally
        {
            await Broker.StartAsync(Ct);
        }

        var drained = await App.EventuallyAsync(async db =>
            !await db.Outbox.AnyAsync(o => o.SentAt == null) && await db.Publications.AnyAsync(p => p.DocumentId == id),
            TimeSpan.FromSeconds(90));
        Assert.True(drained, "After the broker returned, the outbox did not drain or the memo was not published.");
        Assert.True(await App.EventuallyAsync(db => db.MessageJournal.CountAsync(j => j.DocumentId == id).ContinueWith(t => t.Result == 5)),
            "Not every event reached the journal after the outage.");
        var journal = await App.ReadDbAsync(db => db.MessageJournal.Where(j => j.DocumentId == id).OrderBy(j => j.Sequence).Select(j => j.Sequence).ToListAsync());
        Assert.Equal([1, 2, 3, 4, 5], journal);
        Assert.Equal(1, await App.ReadDbAsync(db => db.Publications.CountAsync(p => p.DocumentId == id)));
        Assert.True(await HealthIsAsync("Healthy"), "/health did not return to Healthy after the outage.");
    }

    private Task<string> OutboxStateAsync(Guid id) => App.ReadDbAsync(async db =>
        string.Join("; ", (await db.Outbox.Where(o => o.DocumentId == id).OrderBy(o => o.Id).ToListAsync())
            .Select(o => $"{o.Type} sent {o.SentAt?.ToString("HH:mm:ss.fff") ?? "no"}, {o.Attempts} attempts, {o.LastError ?? "no error"}"))
        + $"; journal: {await db.MessageJournal.CountAsync(j => j.DocumentId == id)}");

    private async Task<bool> HealthIsAsync(string status)
    {
        var client = App.CreateClient();
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < until)
        {
            var health = await client.GetFromJsonAsync<JsonElement>("/health", Ct);
            if (health.GetProperty("status").GetString() == status)
                return true;
            await Task.Delay(250, Ct);
        }

        return false;
    }
}
