using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Assignments;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// The one place that builds the current request's <see cref="CurrentUser"/> (API and pages alike): the account, if
/// it still exists and is active, with the assignments valid at this instant in the organisation's time zone.
/// </summary>
public sealed class SignedInUser(IHttpContextAccessor accessor, WorkflowDbContext db, RegisterNumberAllocator calendar, TimeProvider clock)
{
    private CurrentUser? _user;
    private bool _loaded;

    public async Task<CurrentUser?> GetAsync()
    {
        if (_loaded)
            return _user;
        var http = accessor.HttpContext ?? throw new InvalidOperationException("No current request.");
        _user = http.User.Identity?.IsAuthenticated == true ? await LoadAsync(http.User, http.RequestAborted) : null;
        _loaded = true;
        return _user;
    }

    private async Task<CurrentUser?> LoadAsync(ClaimsPrincipal principal, CancellationToken ct) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? await ForAsync(id, ct) : null;

    private sealed record Found(AppUser User, List<PostAssignment> Rows);

    // One query, the account with the rows that may be valid today (PostAuthority decides, by day in the
    // organisation's zone): every signed-in request asks it, so it is compiled once (README "CPU per memo").
    private static readonly CompiledQuery<Func<WorkflowDbContext, string, DateOnly, CancellationToken, Task<Found?>>> Find = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, string id, DateOnly today, CancellationToken ct) => db.Users.AsNoTracking()
            .Where(u => u.Id == id && u.IsActive)
            .Select(u => new Found(u, db.Assignments.Where(a => a.UserId == u.Id && a.From <= today && (a.To == null || a.To >= today)).ToList()))
            .FirstOrDefault()));

    /// <summary>The person as a request of theirs would see them now; the sign-in asks before their cookie exists.</summary>
    public async Task<CurrentUser?> ForAsync(string id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        var found = await Find.For(db)(db, id, today, ct);
        if (found is null)
            return null;
        var (user, rows) = (found.User, found.Rows);
        var assignments = rows.Select(r => r.ToAssignment()).ToList();
        var actor = PostAuthority.ActorAt(id, assignments, routeId: null, now, calendar.TimeZone);
        return new CurrentUser(user.Id, user.DisplayName, user.PersonalTitle, user.DepartmentKey, actor, assignments, now, calendar.TimeZone);
    }
}
