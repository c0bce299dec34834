using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Workflow.Bench;

public sealed record RabbitCeilingResult(LatencyStats SequentialRoundTrip, double SequentialRoundTripsPerSecond, int Publishers,
    double ConcurrentRoundTripsPerSecond, LatencyStats ConcurrentRoundTrip);

/// <summary>
/// What the broker allows with nothing else in the way: a persistent message to a durable queue, published with
/// publisher confirms (awaited, as the outbox dispatcher does), consumed with manual acks on another connection.
/// A round trip runs from the publish call to the consumer receiving it; confirm and delivery overlap.
/// </summary>
public static class RabbitCeiling
{
    public static async Task<RabbitCeilingResult> MeasureAsync(ConnectionFactory factory, TimeSpan duration, int publishers, CancellationToken ct)
    {
        var queue = $"wf-bench-ceiling-{Guid.NewGuid():N}";
        await using var publishConnection = await factory.CreateConnectionAsync(ct);
        await using var consumeConnection = await factory.CreateConnectionAsync(ct);
        await using var consumer = await consumeConnection.CreateChannelAsync(cancellationToken: ct);
        await consumer.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        await consumer.BasicQosAsync(0, 200, false, ct);
        var waiting = new ConcurrentDictionary<long, TaskCompletionSource>();
        var receiver = new AsyncEventingBasicConsumer(consumer);
        receiver.ReceivedAsync += async (_, e) =>
        {
            var id = BinaryPrimitives.ReadInt64LittleEndian(e.Body.Span);
            if (waiting.TryRemove(id, out var done))
                done.TrySetResult();
            await consumer.BasicAckAsync(e.DeliveryTag, multiple: false, ct);
        };
        await consumer.BasicConsumeAsync(queue, autoAck: false, receiver, ct);

        var next = 0L;
        async Task<(int Count, List<double> Samples)> LoopAsync(IChannel channel, Stopwatch clock)
        {
            var samples = new List<double>();
            var body = new byte[512];
            var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
            while (clock.Elapsed < duration && samples.Count < 200_000)
            {
                var id = Interlocked.Increment(ref next);
                BinaryPrimitives.WriteInt64LittleEndian(body, id);
                var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiting[id] = received;
                var started = Stopwatch.GetTimestamp();
                await channel.BasicPublishAsync("", queue, mandatory: false, properties, body, ct);
                await received.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return (samples.Count, samples);
        }

        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        var channels = new List<IChannel>();
        for (var i = 0; i < publishers; i++)
            channels.Add(await publishConnection.CreateChannelAsync(options, ct));
        try
        {
            var sequentialClock = Stopwatch.StartNew();
            var sequential = await LoopAsync(channels[0], sequentialClock);
            var sequentialRate = sequential.Count / sequentialClock.Elapsed.TotalSeconds;

            var concurrentClock = Stopwatch.StartNew();
            var concurrent = await Task.WhenAll(channels.Select(c => LoopAsync(c, concurrentClock)));
            var concurrentRate = concurrent.Sum(r => r.Count) / concurrentClock.Elapsed.TotalSeconds;
            return new RabbitCeilingResult(LatencyStats.Of(sequential.Samples), Math.Round(sequentialRate, 0), publishers,
                Math.Round(concurrentRate, 0), LatencyStats.Of(concurrent.SelectMany(r => r.Samples).ToList()));
        }
        finally
        {
            foreach (var channel in channels)
                await channel.DisposeAsync();
            await consumer.QueueDeleteAsync(queue, cancellationToken: CancellationToken.None);
        }
    }
}
