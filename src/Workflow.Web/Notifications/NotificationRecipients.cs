using Microsoft.EntityFrameworkCore;
using Workflow.Core.Assignments;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Notifications;

/// <summary>Who is concerned by a notification: the active people who may act for a post at an instant, or one author.</summary>
public sealed class NotificationRecipients(WorkflowDbContext db, RegisterNumberAllocator calendar)
{
    public async Task<IReadOnlyList<AppUser>> ForAsync(NotificationCause cause, string authorId, string routeId, CancellationToken ct)
    {
        if (cause.Post is null)
            return await db.Users.AsNoTracking().Where(u => u.Id == authorId && u.IsActive).ToListAsync(ct);
        var day = calendar.LocalDate(cause.At);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Position == cause.Post && a.From <= day && (a.To == null || a.To >= day))
            .ToListAsync(ct);
        var assignments = rows.Select(r => r.ToAssignment()).ToList();
        // Core decides who may act for the post on this route at that instant (holders, acting, delegated).
        var ids = assignments.Select(a => a.UserId).Distinct()
            .Where(id => PostAuthority.ActorAt(id, assignments, routeId, cause.At, calendar.TimeZone).For(cause.Post) is not null)
            .ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive).ToListAsync(ct);
    }
}
