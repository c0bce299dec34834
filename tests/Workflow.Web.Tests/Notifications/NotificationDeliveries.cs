using System.Collections.Concurrent;
using MassTransit;

namespace Workflow.Web.Tests.Notifications;

/// <summary>
/// Counts, per message id, how often the notification consumer finished a message, so a test can wait for a
/// redelivery to have been consumed instead of sleeping. Message ids are unique, so one table serves every host.
/// </summary>
public sealed class NotificationDeliveries : IConsumeObserver
{
    private static readonly ConcurrentDictionary<Guid, int> Consumed = new();

    public static int Of(Guid messageId) => Consumed.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id && context.ReceiveContext.InputAddress.AbsolutePath.EndsWith("/notification", StringComparison.Ordinal))
            Consumed.AddOrUpdate(id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
