using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>Who holds the <see cref="AppRoles.Administrator"/> role, read straight from the Identity tables.</summary>
public sealed class Administrators(WorkflowDbContext db)
{
    private static readonly string Normalized = AppRoles.Administrator.ToUpperInvariant();

    public Task<bool> AnyAsync(CancellationToken ct) => InRole().AnyAsync(ct);

    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => InRole().Any(ur => ur.UserId == u.Id)).OrderBy(u => u.UserName).ToListAsync(ct);

    public Task<bool> IsAdministratorAsync(string userId, CancellationToken ct) => InRole().AnyAsync(ur => ur.UserId == userId, ct);

    private IQueryable<Microsoft.AspNetCore.Identity.IdentityUserRole<string>> InRole() =>
        db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == Normalized));
}
