using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

namespace Workflow.Web.Notifications;

/// <summary>A person's own e-mail language and choices per kind; a kind without a row is on.</summary>
public sealed class NotificationPreferences(WorkflowDbContext db)
{
    public async Task<MailChoices> GetAsync(string userId, CancellationToken ct)
    {
        var language = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(ct);
        var off = await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == userId && !s.Mail).Select(s => s.Kind).ToListAsync(ct);
        return new MailChoices
        {
            Language = MailLanguages.IsKnown(language) ? language : MailLanguages.Thai,
            Waiting = !off.Contains(NotificationKind.Waiting), Returned = !off.Contains(NotificationKind.Returned),
            Refused = !off.Contains(NotificationKind.Refused), Signed = !off.Contains(NotificationKind.Signed),
            Published = !off.Contains(NotificationKind.Published), DueSoon = !off.Contains(NotificationKind.DueSoon),
            Overdue = !off.Contains(NotificationKind.Overdue), Escalated = !off.Contains(NotificationKind.Escalated),
            Digest = !off.Contains(NotificationKind.Digest),
        };
    }

    /// <summary>Saves validated choices (<see cref="LanguageCodeAttribute"/>); a language left out stays as it was.</summary>
    public async Task<MailChoices> SaveAsync(string userId, MailChoices choices, CancellationToken ct)
    {
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.NotificationSettings.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
            db.NotificationSettings.AddRange(Enum.GetValues<NotificationKind>()
                .Select(k => new NotificationSetting { UserId = userId, Kind = k, Mail = choices.For(k) }));
            await db.SaveChangesAsync(ct);
            // The version moves too, so an administrator's edit started before this change gets 409, not a silent undo.
            if (choices.Language is { } language)
                await db.Users.Where(u => u.Id == userId && u.Language != language).ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.Language, language).SetProperty(u => u.ProfileVersion, u => u.ProfileVersion + 1), ct);
            await tx.CommitAsync(ct);
        }

        return await GetAsync(userId, ct);
    }
}
