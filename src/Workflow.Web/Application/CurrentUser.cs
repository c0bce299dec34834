using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Engine;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>The signed-in person with every post they may act for.</summary>
public sealed record CurrentUser(string Id, string DisplayName, Actor Actor)
{
    public IEnumerable<string> PositionKeys => Actor.Positions.Select(p => p.Position);

    public static async Task<CurrentUser?> LoadAsync(ClaimsPrincipal principal, WorkflowDbContext db, CancellationToken ct)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
            return null;
        var user = await db.Users.AsNoTracking().Include(u => u.Positions).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return null;
        var held = user.Positions.Select(p => new HeldPosition(p.Position, p.Capacity)).ToList();
        return new CurrentUser(user.Id, user.DisplayName, new Actor(user.Id, held));
    }
}
