using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Core.Assignments;
using Workflow.Core.Classification;
using Workflow.Core.Deadlines;
using Workflow.Core.Engine;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;
using Workflow.Web.Messaging;
using Workflow.Web.Notifications;
using Workflow.Web.Options;

namespace Workflow.Web.Deadlines;

/// <summary>
/// Once the digest time of a working day has come, gives each active person their digest for the day: the memos
/// waiting for posts they hold, act for or were delegated then. The (person, day) row is inserted first with the
/// mail in one transaction, so of two instances only the one whose insert succeeds sends it (ADR 26).
/// </summary>
public sealed class DailyDigest(
    WorkflowDbContext db, WorkCalendars calendars, DigestMail mail, IOptions<DeadlineOptions> deadlines, IOptions<MailOptions> mailOptions,
    [FromKeyedServices(NotificationsSetup.MailSignal)] OutboxSignal mailSignal, TimeProvider clock, ILogger<DailyDigest> log)
{
    public async Task SendAsync(CancellationToken ct)
    {
        if (!mailOptions.Value.Enabled)
            return;
        var now = clock.GetUtcNow();
        var calendar = await calendars.LoadAsync(db, ct);
        var today = calendar.LocalDay(now);
        var digestAt = new ReminderPlanner(calendar, deadlines.Value.Reminders).NextDigest(calendar.At(today, TimeOnly.MinValue));
        // Not a working day, or not yet time; a digest missed while no instance ran goes out later that day, never after it.
        if (calendar.LocalDay(digestAt) != today || digestAt > now)
            return;

        var given = await db.DigestDeliveries.AsNoTracking().Where(d => d.Day == today).Select(d => d.UserId).ToListAsync(ct);
        var people = await db.Users.AsNoTracking().Where(u => u.IsActive && !given.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.Language }).ToListAsync(ct);
        if (people.Count == 0)
            return;
        var waiting = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.InRoute && d.WaitingFor != null)
            .OrderByDescending(d => d.Urgency).ThenBy(d => d.WaitingSince)
            .Select(d => new { d.Id, d.RouteId, d.WaitingFor, d.RegisterNumber, d.Subject, d.Secrecy, d.DueAt }).ToListAsync(ct);
        var assignments = (await db.Assignments.AsNoTracking().Where(a => a.From <= today && (a.To == null || a.To >= today)).ToListAsync(ct))
            .Select(a => a.ToAssignment()).ToList();
        var mailOff = (await db.NotificationSettings.AsNoTracking().Where(s => s.Kind == NotificationKind.Digest && !s.Mail)
            .Select(s => s.UserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        var sent = 0;
        foreach (var person in people)
        {
            var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
            Actor On(string route) => actors.TryGetValue(route, out var a) ? a
                : actors[route] = PostAuthority.ActorAt(person.Id, assignments, route, now, calendar.Zone);
            // A secret memo is listed without its subject, as every notification of it is.
            var items = waiting.Where(d => On(d.RouteId).For(d.WaitingFor!) is not null)
                .Select(d => new DigestItem(d.Id, d.RegisterNumber, d.Secrecy == Secrecy.None ? d.Subject : null, d.DueAt)).ToList();
            var to = items.Count > 0 && !string.IsNullOrWhiteSpace(person.Email) && !mailOff.Contains(person.Id) ? person.Email : null;
            var language = person.Language == "en" ? NotificationLanguage.English : NotificationLanguage.Thai;
            if (await DeliverAsync(person.Id, today, now, to, to is null ? null : mail.Compose(items, today, now, language), items.Count, ct))
                sent++;
        }

        if (sent > 0)
            mailSignal.Wake();
    }

    /// <summary>The event id of a person's digest of a day: the same on every instance, so its mail row is one.</summary>
    public static Guid EventIdOf(string userId, DateOnly day) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"digest {userId} {day:yyyy-MM-dd}")).AsSpan(0, 16));

    /// <summary>Records the person's digest of the day and its mail in one transaction; false when another instance did first.</summary>
    private async Task<bool> DeliverAsync(string userId, DateOnly day, DateTimeOffset now, string? to, MailText? text, int items, CancellationToken ct)
    {
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.DigestDeliveries.Add(new DigestDelivery { UserId = userId, Day = day, At = now, Items = text is null ? 0 : items });
            if (to is not null && text is not null)
                db.MailOutbox.Add(new MailOutboxEntry
                {
                    EventId = EventIdOf(userId, day), RecipientId = userId, To = to, Subject = text.Subject, Body = text.Body,
                    CreatedAt = now, DueAt = now,
                });
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException e) when (Data.DatabaseErrors.IsUniqueViolation(e))
            {
                log.LogInformation("Digest of {UserId} for {Day}: another instance gave it", userId, day);
                return false;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return text is not null;
    }
}
