using MassTransit;

namespace Workflow.Web.Messaging;

/// <summary>Consumers that write to SQLite: a busy database is transient, so retry before the message goes to the error queue.</summary>
public sealed class DatabaseConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseMessageRetry(r => r.Intervals(100, 500, 1000, 5000));
}
