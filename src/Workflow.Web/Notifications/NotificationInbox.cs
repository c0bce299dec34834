using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Notifications;

/// <summary>A person's own notifications, for the API and the pages alike: nobody reads or marks another's (404).</summary>
public sealed class NotificationInbox(WorkflowDbContext db, TimeProvider clock)
{
    public const int Newest = 100;

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct) =>
        db.Notifications.AsNoTracking().CountAsync(n => n.RecipientId == userId && n.ReadAt == null, ct);

    public async Task<NotificationList> ListAsync(string userId, CancellationToken ct)
    {
        var rows = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.Id).Take(Newest).ToListAsync(ct);
        var items = rows.Select(n => new NotificationView(n.Id, n.DocumentId, n.Kind, n.Subject, n.RegisterNumber, n.CreatedAt, n.ReadAt,
            $"/memos/{n.DocumentId}")).ToList();
        return new NotificationList(await UnreadCountAsync(userId, ct), items);
    }

    public async Task<Failure?> MarkReadAsync(string userId, long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var mine = db.Notifications.Where(n => n.Id == id && n.RecipientId == userId);
        int found;
        using (await Infrastructure.SqliteWriteGate.EnterAsync(db, ct))
        {
            found = await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        }

        // Marking one already read is a success; one that is not the caller's does not exist for them.
        return found > 0 || await mine.AnyAsync(ct) ? null : Failure.NotFound("Notification");
    }

    public async Task<int> MarkAllReadAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        using (await Infrastructure.SqliteWriteGate.EnterAsync(db, ct))
        {
            return await db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        }
    }
}
