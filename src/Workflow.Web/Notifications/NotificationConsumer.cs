using MassTransit;
using Workflow.Contracts;

namespace Workflow.Web.Notifications;

/// <summary>
/// Tells people what concerns them: the holders of the post a memo now waits for, and the author when it is returned,
/// refused, signed and published. Idempotent by event id and recipient.
/// </summary>
public sealed class NotificationConsumer(NotificationWriter writer) :
    IConsumer<DocumentSubmitted>, IConsumer<EndorsementRecorded>, IConsumer<DocumentReturned>,
    IConsumer<DocumentRefused>, IConsumer<DocumentSigned>, IConsumer<DocumentPublished>
{
    public Task Consume(ConsumeContext<DocumentSubmitted> context) =>
        Write(context, NotificationKind.Waiting, context.Message.NextPosition, context.Message.OccurredAt);

    public Task Consume(ConsumeContext<EndorsementRecorded> context) =>
        Write(context, NotificationKind.Waiting, context.Message.AddressedTo, context.Message.OccurredAt);

    public Task Consume(ConsumeContext<DocumentReturned> context) =>
        Write(context, NotificationKind.Returned, null, context.Message.OccurredAt);

    public Task Consume(ConsumeContext<DocumentRefused> context) =>
        Write(context, NotificationKind.Refused, null, context.Message.OccurredAt);

    public Task Consume(ConsumeContext<DocumentSigned> context) =>
        Write(context, NotificationKind.Signed, null, context.Message.OccurredAt);

    public Task Consume(ConsumeContext<DocumentPublished> context) =>
        Write(context, NotificationKind.Published, null, context.Message.PublishedAt);

    private Task Write<T>(ConsumeContext<T> context, NotificationKind kind, string? post, DateTimeOffset at) where T : class
    {
        var eventId = context.MessageId ?? throw new InvalidOperationException("Document events carry a message id.");
        var documentId = context.Message switch
        {
            IDocumentEvent e => e.DocumentId,
            DocumentPublished p => p.DocumentId,
            _ => throw new InvalidOperationException($"{typeof(T).Name} names no document."),
        };
        return writer.WriteAsync(new NotificationCause(eventId, documentId, kind, post, at), context.CancellationToken);
    }
}
