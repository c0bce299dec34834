using System.Text.Json;
using Workflow.Contracts;
using Workflow.Web.Data;
using Workflow.Web.Telemetry;

namespace Workflow.Web.Messaging;

/// <summary>Adds an event to the outbox of the current unit of work; it is published after commit.</summary>
public static class OutboxWriter
{
    public static void Enqueue(this WorkflowDbContext db, DocumentEvent message, DateTimeOffset at) =>
        db.Enqueue(message.DocumentId, message, at);

    /// <summary>Any contract message about a document, e.g. <see cref="DocumentPublished"/>, which is no document action.</summary>
    public static void Enqueue(this WorkflowDbContext db, Guid documentId, object message, DateTimeOffset at) =>
        db.Outbox.Add(new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            DocumentId = documentId,
            Type = message.GetType().Name,
            Payload = JsonSerializer.Serialize(message, message.GetType()),
            CreatedAt = at,
            TraceParent = WorkflowTracing.CurrentTraceParent(),
        });

    public static object Deserialize(OutboxMessage row) =>
        JsonSerializer.Deserialize(row.Payload, ContractTypes.Resolve(row.Type))
        ?? throw new InvalidOperationException($"Outbox row {row.Id} holds no {row.Type}.");
}
