using Microsoft.EntityFrameworkCore;
using Workflow.Contracts;
using Workflow.Web.Data;

namespace Workflow.Web.Messaging;

/// <summary>
/// The in-process bus lives in memory: an event marked sent but not yet consumed when the process died is gone.
/// At start-up the consumers' own records tell which: an event without a journal entry, or a DocumentSigned whose
/// document has no publication. Those rows are marked unsent again and published anew (consumers are idempotent).
/// DocumentPublished is an announcement no consumer here journals, so it is never re-sent.
/// Not needed with RabbitMQ, where a confirmed message is durable in the broker.
/// </summary>
public static class InProcessBusRecovery
{
    public static Task<int> ResendUnconsumedAsync(WorkflowDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync($"""
            UPDATE "Outbox" SET "SentAt" = NULL
            WHERE "SentAt" IS NOT NULL AND (
              ("Type" <> '{nameof(DocumentPublished)}'
                  AND NOT EXISTS (SELECT 1 FROM "MessageJournal" j WHERE j."MessageId" = "Outbox"."MessageId"))
              OR ("Type" = '{nameof(DocumentSigned)}'
                  AND NOT EXISTS (SELECT 1 FROM "Publications" p WHERE p."DocumentId" = "Outbox"."DocumentId")))
            """, ct);
}
