using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Core.Classification;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;
using Workflow.Web.Messaging;
using Workflow.Web.Options;

namespace Workflow.Web.Notifications;

/// <summary>
/// Writes the in-app notifications of one event and, in the same transaction, one mail outbox row per recipient
/// with an e-mail address who wants this kind by e-mail, in that person's language. A redelivered event finds its rows
/// and writes nothing.
/// </summary>
public sealed class NotificationWriter(
    WorkflowDbContext db, NotificationRecipients recipients, NotificationMail mail, IOptions<MailOptions> mailOptions,
    [FromKeyedServices(NotificationsSetup.MailSignal)] OutboxSignal mailSignal, TimeProvider clock, ILogger<NotificationWriter> log)
{
    private sealed record Memo(string AuthorId, string RouteId, string Subject, Secrecy Secrecy, string? RegisterNumber, DateTimeOffset? DueAt);

    // Both asked for every event (six per memo), so compiled once (README "CPU per memo").
    private static readonly CompiledQuery<Func<WorkflowDbContext, Guid, CancellationToken, Task<Memo?>>> MemoOf = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) => db.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new Memo(d.AuthorId, d.RouteId, d.Subject, d.Secrecy, d.RegisterNumber, d.DueAt)).FirstOrDefault()));

    private static readonly CompiledQuery<Func<WorkflowDbContext, Guid, IAsyncEnumerable<string>>> NotifiedFor = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid eventId) => db.Notifications.Where(n => n.EventId == eventId).Select(n => n.RecipientId)));

    public async Task WriteAsync(NotificationCause cause, CancellationToken ct)
    {
        var doc = await MemoOf.For(db)(db, cause.DocumentId, ct);
        if (doc is null)
        {
            log.LogWarning("Event {EventId} names document {DocumentId}, which does not exist; no notification", cause.EventId, cause.DocumentId);
            return;
        }

        var people = await recipients.ForAsync(cause, doc.AuthorId, doc.RouteId, ct);
        // Whose mail of this kind is off: asked only when a mail could go out at all.
        List<string> mailTo = mailOptions.Value.Enabled ? [.. people.Where(p => !string.IsNullOrWhiteSpace(p.Email)).Select(p => p.Id)] : [];
        HashSet<string> mailOff = mailTo.Count == 0 ? [] : (await db.NotificationSettings.AsNoTracking()
            .Where(s => mailTo.Contains(s.UserId) && s.Kind == cause.Kind && !s.Mail)
            .Select(s => s.UserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        // A secret memo's notifications and mails name no subject (only its id travels in events).
        var subject = doc.Secrecy == Secrecy.None ? doc.Subject : null;
        var now = clock.GetUtcNow();
        var mails = 0;
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var done = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var recipient in NotifiedFor.For(db)(db, cause.EventId).WithCancellation(ct))
                done.Add(recipient);
            foreach (var person in people.Where(p => !done.Contains(p.Id)))
            {
                db.Notifications.Add(new Notification
                {
                    EventId = cause.EventId, RecipientId = person.Id, DocumentId = cause.DocumentId, Kind = cause.Kind,
                    Subject = subject, RegisterNumber = doc.RegisterNumber, CreatedAt = now,
                });
                if (!mailTo.Contains(person.Id) || mailOff.Contains(person.Id))
                    continue;
                var text = mail.Compose(cause.Kind, subject, doc.RegisterNumber, cause.DocumentId, MailLanguages.Of(person.Language), doc.DueAt);
                db.MailOutbox.Add(new MailOutboxEntry
                {
                    EventId = cause.EventId, RecipientId = person.Id, To = person.Email!, Subject = text.Subject, Body = text.Body,
                    CreatedAt = now, DueAt = now,
                });
                mails++;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        if (mails > 0)
            mailSignal.Wake();
    }
}
