using MassTransit;
using Microsoft.EntityFrameworkCore;
using Workflow.Contracts;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

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
        // The message arrives as the interface; the first supported type is the concrete event (urn:message:Ns:Name).
        var urn = context.SupportedMessageTypes.FirstOrDefault() ?? "";
        var sentAt = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        // One INSERT that skips a message already journaled (unique index on MessageId): a redelivery or two racing
        // deliveries leave one row, without a query first. Values as EF Core stores them: Guids as SqlDialect.Id, UTC ticks.
        int added;
        using (await SqliteWriteGate.EnterAsync(db, context.CancellationToken))
        {
            added = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "MessageJournal" ("MessageId", "DocumentId", "Type", "Sequence", "SentAt", "ConsumedAt")
                VALUES ({db.Database.Id(messageId)}, {db.Database.Id(context.Message.DocumentId)}, {urn[(urn.LastIndexOf(':') + 1)..]}, {context.Message.Sequence},
                        {sentAt?.UtcTicks}, {clock.GetUtcNow().UtcTicks})
                ON CONFLICT ("MessageId") DO NOTHING
                """, context.CancellationToken);
        }

        if (added == 0)
            log.LogInformation("Message {MessageId} already journaled; redelivery ignored", messageId);
    }
}
