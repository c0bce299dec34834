using Microsoft.EntityFrameworkCore;
using Workflow.Core.Assignments;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Notifications;

/// <summary>Someone a notification goes to: what the writer needs of the account, nothing more.</summary>
public sealed record Recipient(string Id, string? Email, string Language);

/// <summary>Who is concerned by a notification: the active people who may act for a post at an instant, or one author.</summary>
public sealed class NotificationRecipients(WorkflowDbContext db, RegisterNumberAllocator calendar)
{
    private sealed record Row(PostAssignment Assignment, Recipient? Person);

    // Asked for every event (six per memo), so compiled once (README "CPU per memo").
    private static readonly CompiledQuery<Func<WorkflowDbContext, string, CancellationToken, Task<Recipient?>>> Author = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, string id, CancellationToken ct) => db.Users.AsNoTracking()
            .Where(u => u.Id == id && u.IsActive).Select(u => new Recipient(u.Id, u.Email, u.Language)).FirstOrDefault()));

    // One query: the post's rows valid that day, each with its person (null when the account is inactive). Core
    // decides from all the rows, an inactive holder's included, since a delegation names the holder who gave it.
    private static readonly CompiledQuery<Func<WorkflowDbContext, string, DateOnly, IAsyncEnumerable<Row>>> PostRows = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, string post, DateOnly day) => db.Assignments.AsNoTracking()
            .Where(a => a.Position == post && a.From <= day && (a.To == null || a.To >= day))
            .Select(a => new Row(a, db.Users.Where(u => u.Id == a.UserId && u.IsActive).Select(u => new Recipient(u.Id, u.Email, u.Language)).FirstOrDefault()))));

    public async Task<IReadOnlyList<Recipient>> ForAsync(NotificationCause cause, string authorId, string routeId, CancellationToken ct)
    {
        if (cause.Post is null)
        {
            var author = await Author.For(db)(db, authorId, ct);
            return author is null ? [] : [author];
        }

        var day = calendar.LocalDate(cause.At);
        var rows = new List<Row>();
        await foreach (var row in PostRows.For(db)(db, cause.Post, day).WithCancellation(ct))
            rows.Add(row);
        var assignments = rows.Select(r => r.Assignment.ToAssignment()).ToList();
        // Core decides who may act for the post on this route at that instant (holders, acting, delegated).
        return rows.Where(r => r.Person is not null).Select(r => r.Person!).DistinctBy(p => p.Id, StringComparer.Ordinal)
            .Where(p => PostAuthority.ActorAt(p.Id, assignments, routeId, cause.At, calendar.TimeZone).For(cause.Post) is not null)
            .ToList();
    }
}
