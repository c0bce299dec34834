using MassTransit;
using Workflow.Contracts;
using Workflow.Web.Public;

namespace Workflow.Web.Messaging;

/// <summary>
/// The mayor's signature publishes the memo, once (<see cref="DocumentPublisher"/>); a secret memo is signed and not
/// published. The consumer never waits on the broker: a consumer stuck in a publish while the connection died kept
/// MassTransit from restarting its receive endpoint, which then had no consumer at all once the broker was back
/// (found by the broker-outage fault test).
/// </summary>
public sealed class DocumentSignedConsumer(DocumentPublisher publisher) : IConsumer<DocumentSigned>
{
    public Task Consume(ConsumeContext<DocumentSigned> context) =>
        publisher.PublishAsync(context.Message.DocumentId, nameof(DocumentSigned), context.CancellationToken);
}
