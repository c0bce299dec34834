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
    public async Task WriteAsync(NotificationCause cause, CancellationToken ct)
    {
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == cause.DocumentId)
            .Select(d => new { d.AuthorId, d.RouteId, d.Subject, d.Secrecy, d.RegisterNumber, d.DueAt })
            .FirstOrDefaultAsync(ct);
        if (doc is null)
        {
            log.LogWarning("Event {EventId} names document {DocumentId}, which does not exist; no notification", cause.EventId, cause.DocumentId);
            return;
        }

        var people = await recipients.ForAsync(cause, doc.AuthorId, doc.RouteId, ct);
        var ids = people.Select(p => p.Id).ToList();
        var mailOff = (await db.NotificationSettings.AsNoTracking()
            .Where(s => ids.Contains(s.UserId) && s.Kind == cause.Kind && !s.Mail)
            .Select(s => s.UserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        // A secret memo's notifications and mails name no subject (only its id travels in events).
        var subject = doc.Secrecy == Secrecy.None ? doc.Subject : null;
        var now = clock.GetUtcNow();
        var mails = 0;
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var done = (await db.Notifications.Where(n => n.EventId == cause.EventId).Select(n => n.RecipientId).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var person in people.Where(p => !done.Contains(p.Id)))
            {
                db.Notifications.Add(new Notification
                {
                    EventId = cause.EventId, RecipientId = person.Id, DocumentId = cause.DocumentId, Kind = cause.Kind,
                    Subject = subject, RegisterNumber = doc.RegisterNumber, CreatedAt = now,
                });
                if (!mailOptions.Value.Enabled || string.IsNullOrWhiteSpace(person.Email) || mailOff.Contains(person.Id))
                    continue;
                var text = mail.Compose(cause.Kind, subject, doc.RegisterNumber, cause.DocumentId, MailLanguages.Of(person.Language), doc.DueAt);
                db.MailOutbox.Add(new MailOutboxEntry
                {
                    EventId = cause.EventId, RecipientId = person.Id, To = person.Email, Subject = text.Subject, Body = text.Body,
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
