using MassTransit;

namespace Workflow.Web.Messaging;

/// <summary>
/// Consumers that write to the database: a busy SQLite file or a PostgreSQL server that is restarting is transient, so
/// retry before the message goes to the error queue, for long enough (about two minutes) to ride out a database restart
/// or fail-over; a message in the error queue would need an operator (ADR 33).
/// </summary>
public sealed class DatabaseConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseMessageRetry(r => r.Intervals(100, 500, 1000, 5000, 10_000, 20_000, 30_000, 30_000, 30_000));
}
