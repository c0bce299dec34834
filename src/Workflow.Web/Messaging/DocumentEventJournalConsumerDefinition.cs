using MassTransit;

namespace Workflow.Web.Messaging;

public sealed class DocumentEventJournalConsumerDefinition : ConsumerDefinition<DocumentEventJournalConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<DocumentEventJournalConsumer> consumer, IRegistrationContext context)
    {
        // SQLite "database is locked" under load is transient: retry before the message goes to the error queue.
        endpoint.UseMessageRetry(r => r.Intervals(100, 500, 1000, 5000));
    }
}
