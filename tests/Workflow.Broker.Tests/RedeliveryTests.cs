using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Contracts;
using Workflow.Web.Messaging;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Broker.Tests;

public sealed class RedeliveryTests(RabbitMqBroker broker) : RabbitMqServiceTest(broker)
{
    [Fact]
    public async Task Same_DocumentSigned_delivered_twice_gives_one_publication_and_one_journal_entry()
    {
        Broker.EnsureAvailable();
        var id = await App.Api.MemoAtStepAsync(3);
        await App.Api.ActOkAsync(Demo.Mayor, id, "sign");
        Assert.True(await App.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id), TimeSpan.FromSeconds(30)));
        var row = await App.ReadDbAsync(db => db.Outbox.SingleAsync(o => o.DocumentId == id && o.Type == nameof(DocumentSigned)));
        var signed = (DocumentSigned)OutboxWriter.Deserialize(row);
        var bus = App.Services.GetRequiredService<IBus>();
        var consumed = new ConsumeCounter(row.MessageId);
        using var _ = bus.ConnectConsumeObserver(consumed);

        // The same message id twice more: what a redelivery after a lost ack, or a re-sent outbox row, looks like.
        await bus.Publish(signed, ctx => ctx.MessageId = row.MessageId, TestContext.Current.CancellationToken);
        await bus.Publish(signed, ctx => ctx.MessageId = row.MessageId, TestContext.Current.CancellationToken);

        // Each delivery reaches two consumers: the journal and the publisher.
        Assert.True(await consumed.WaitForAsync(4, TimeSpan.FromSeconds(30)), $"Only {consumed.Count} consumptions seen.");
        Assert.Equal(1, await App.ReadDbAsync(db => db.Publications.CountAsync(p => p.DocumentId == id)));
        Assert.Equal(1, await App.ReadDbAsync(db => db.MessageJournal.CountAsync(j => j.MessageId == row.MessageId)));
        // Announced once, with the publication, not once per delivery.
        Assert.Equal(1, await App.ReadDbAsync(db => db.Outbox.CountAsync(o => o.DocumentId == id && o.Type == nameof(DocumentPublished))));
        Assert.Equal(0, consumed.Faults);
    }

    private sealed class ConsumeCounter(Guid messageId) : IConsumeObserver
    {
        private int _count;
        private int _faults;

        public int Count => Volatile.Read(ref _count);

        public int Faults => Volatile.Read(ref _faults);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.MessageId == messageId)
                Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
        {
            if (context.MessageId == messageId)
                Interlocked.Increment(ref _faults);
            return Task.CompletedTask;
        }

        public async Task<bool> WaitForAsync(int expected, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (Count < expected && DateTime.UtcNow < until)
                await Task.Delay(50);
            return Count >= expected;
        }
    }
}
