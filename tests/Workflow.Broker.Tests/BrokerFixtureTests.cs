using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Workflow.Broker.Tests;

// A class fixture of its own: the restart test stops the node, which must not disturb other classes.
public sealed class BrokerFixtureTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly CreateChannelOptions WithConfirms = new(
        publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Broker_delivers_a_confirmed_message_round_trip()
    {
        broker.EnsureAvailable();
        await using var connection = await broker.CreateConnectionFactory().CreateConnectionAsync(Cancellation);
        await using var channel = await connection.CreateChannelAsync(WithConfirms, Cancellation);
        var queue = await channel.QueueDeclareAsync(exclusive: true, cancellationToken: Cancellation);
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            received.TrySetResult(Encoding.UTF8.GetString(delivery.Body.Span));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, Cancellation);

        // With confirmation tracking on, this returns only once the broker has confirmed the message.
        await channel.BasicPublishAsync("", queue.QueueName, mandatory: true,
            new BasicProperties(), Encoding.UTF8.GetBytes("บันทึกข้อความ"), Cancellation);

        Assert.Equal("บันทึกข้อความ", await received.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancellation));
    }

    [Fact]
    public async Task Broker_keeps_a_persistent_message_in_a_durable_queue_across_a_restart()
    {
        broker.EnsureRestartable();
        var queueName = $"restart-{Guid.NewGuid():N}";
        await using (var connection = await broker.CreateConnectionFactory().CreateConnectionAsync(Cancellation))
        await using (var channel = await connection.CreateChannelAsync(WithConfirms, Cancellation))
        {
            await channel.QueueDeclareAsync(queueName, durable: true, exclusive: false, autoDelete: false,
                cancellationToken: Cancellation);
            await channel.BasicPublishAsync("", queueName, mandatory: true,
                new BasicProperties { Persistent = true }, Encoding.UTF8.GetBytes("survives"), Cancellation);
        }

        await broker.StopAsync(Cancellation);
        await broker.StartAsync(Cancellation);
        TestContext.Current.TestOutputHelper?.WriteLine($"{broker.NodeName} restarted in {broker.LastStartDuration}");

        await using var reconnected = await broker.CreateConnectionFactory().CreateConnectionAsync(Cancellation);
        await using var afterRestart = await reconnected.CreateChannelAsync(cancellationToken: Cancellation);
        var message = await afterRestart.BasicGetAsync(queueName, autoAck: true, Cancellation);
        Assert.NotNull(message);
        Assert.Equal("survives", Encoding.UTF8.GetString(message.Body.Span));
    }
}
