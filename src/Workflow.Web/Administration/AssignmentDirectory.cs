using Microsoft.EntityFrameworkCore;
using Workflow.Core.Assignments;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration;

/// <summary>The read side of assignments: lists with filters, one with its history, and who acts for a post today.</summary>
public sealed class AssignmentDirectory(WorkflowDbContext db, PostTitles posts, RegisterNumberAllocator calendar, TimeProvider clock, AdminAuditTrail audit)
{
    public const int MaxListed = 500;

    public DateOnly Today => calendar.LocalDate(clock.GetUtcNow());

    /// <summary>Newest first; <paramref name="person"/> is a user name, <paramref name="position"/> a post key.</summary>
    public async Task<IReadOnlyList<AssignmentView>> ListAsync(string? person, string? position, AssignmentStatus? status, CancellationToken ct)
    {
        var today = Today;
        var query = db.Assignments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(person))
        {
            var userId = await db.Users.Where(u => u.UserName == person.Trim()).Select(u => u.Id).FirstOrDefaultAsync(ct);
            query = query.Where(a => a.UserId == userId || a.DelegatedBy == userId);
        }

        if (!string.IsNullOrWhiteSpace(position))
            query = query.Where(a => a.Position == position.Trim());
        query = status switch
        {
            AssignmentStatus.Current => query.Where(a => a.From <= today && (a.To == null || a.To >= today)),
            AssignmentStatus.Ended => query.Where(a => a.To < today),
            AssignmentStatus.Future => query.Where(a => a.From > today),
            _ => query,
        };
        return await ViewsAsync(await query.OrderByDescending(a => a.From).ThenBy(a => a.Position).Take(MaxListed).ToListAsync(ct), ct);
    }

    public async Task<Outcome<AssignmentHistory>> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (row is null)
            return Failure.NotFound("Assignment");
        var history = await audit.HistoryAsync(AssignmentAdmin.SubjectKind, id.ToString(), ct);
        return new AssignmentHistory((await ViewsAsync([row], ct))[0], history);
    }

    public async Task<Outcome<PostToday>> TodayAsync(string position, CancellationToken ct)
    {
        if (!posts.Exists(position))
            return Failure.NotFound("Post");
        var today = Today;
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Position == position && a.From <= today && (a.To == null || a.To >= today))
            .OrderBy(a => a.From).ToListAsync(ct);
        var views = await ViewsAsync(rows, ct);
        IReadOnlyList<AssignmentView> Of(AssignmentKind kind) => [.. views.Where(v => v.Kind == kind)];
        return new PostToday(position, today, Of(AssignmentKind.Holder), Of(AssignmentKind.Acting), Of(AssignmentKind.Delegated));
    }

    /// <summary>The assignments given by, or delegated to, one person, newest first.</summary>
    public async Task<(IReadOnlyList<AssignmentView> Given, IReadOnlyList<AssignmentView> Received)> DelegationsOfAsync(string userId, CancellationToken ct)
    {
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Kind == AssignmentKind.Delegated && (a.DelegatedBy == userId || a.UserId == userId))
            .OrderByDescending(a => a.From).Take(MaxListed).ToListAsync(ct);
        return (await ViewsAsync([.. rows.Where(r => r.DelegatedBy == userId)], ct), await ViewsAsync([.. rows.Where(r => r.UserId == userId)], ct));
    }

    public async Task<IReadOnlyList<AssignmentView>> ViewsAsync(IReadOnlyList<PostAssignment> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.UserId).Concat(rows.Where(r => r.DelegatedBy != null).Select(r => r.DelegatedBy!)).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.Id, ct);
        var today = Today;
        return [.. rows.Select(r => new AssignmentView(
            r.Id, r.UserId, people.GetValueOrDefault(r.UserId)?.UserName ?? r.UserId, people.GetValueOrDefault(r.UserId)?.DisplayName ?? "",
            posts.Of(r.Position), r.Kind, r.From, r.To, r.OrderNumber, r.OrderDate,
            r.DelegatedBy is null ? null : people.GetValueOrDefault(r.DelegatedBy)?.UserName ?? r.DelegatedBy,
            r.DelegatedBy is null ? null : people.GetValueOrDefault(r.DelegatedBy)?.DisplayName,
            r.Routes?.Split(' ', StringSplitOptions.RemoveEmptyEntries), AssignmentView.StatusOn(r, today), r.Version))];
    }
}
