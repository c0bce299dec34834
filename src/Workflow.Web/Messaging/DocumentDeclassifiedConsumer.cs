using MassTransit;
using Workflow.Contracts;
using Workflow.Web.Public;

namespace Workflow.Web.Messaging;

/// <summary>A declassified memo is published the way a signature publishes one, once (<see cref="DocumentPublisher"/>).</summary>
public sealed class DocumentDeclassifiedConsumer(DocumentPublisher publisher) : IConsumer<DocumentDeclassified>
{
    public Task Consume(ConsumeContext<DocumentDeclassified> context) =>
        publisher.PublishAsync(context.Message.DocumentId, nameof(DocumentDeclassified), context.CancellationToken);
}
