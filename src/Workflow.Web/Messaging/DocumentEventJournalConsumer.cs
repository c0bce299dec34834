using MassTransit;
using Microsoft.EntityFrameworkCore;
using Workflow.Contracts;
using Workflow.Web.Data;

namespace Workflow.Web.Messaging;

/// <summary>
/// Keeps the message journal: every document event as received from the bus. Idempotent by message id,
/// so a redelivered message is recorded once.
/// </summary>
public sealed class DocumentEventJournalConsumer(WorkflowDbContext db, TimeProvider clock, ILogger<DocumentEventJournalConsumer> log)
    : IConsumer<IDocumentEvent>
{
    public async Task Consume(ConsumeContext<IDocumentEvent> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("Document events carry a message id.");
        if (await db.MessageJournal.AnyAsync(j => j.MessageId == messageId, context.CancellationToken))
        {
            log.LogInformation("Message {MessageId} already journaled; redelivery ignored", messageId);
            return;
        }

        // The message arrives as the interface; the first supported type is the concrete event (urn:message:Ns:Name).
        var urn = context.SupportedMessageTypes.FirstOrDefault() ?? "";
        db.MessageJournal.Add(new MessageJournalEntry
        {
            MessageId = messageId,
            DocumentId = context.Message.DocumentId,
            Type = urn[(urn.LastIndexOf(':') + 1)..],
            Sequence = context.Message.Sequence,
            SentAt = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null,
            ConsumedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            // Two deliveries raced past the check above: the unique index on MessageId kept one.
            log.LogInformation("Message {MessageId} journaled concurrently; duplicate ignored", messageId);
        }
    }
}
