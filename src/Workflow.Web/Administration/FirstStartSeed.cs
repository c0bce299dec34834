using Microsoft.EntityFrameworkCore;
using Workflow.Core.Routes;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Administration;

/// <summary>
/// What a new database starts with: the organisation row from the Register:* settings, and the post catalogue from
/// workflows/positions.json. From then on both belong to the administrator; the settings and the file are not read again.
/// </summary>
public static class FirstStartSeed
{
    public static async Task SeedAsync(WorkflowDbContext db, AdminChanges changes, RegisterOptions register, RouteCatalog catalog, CancellationToken ct)
    {
        var pending = new List<AdminChange>();
        if (!await db.Organisations.AnyAsync(ct))
        {
            var organisation = new Organisation
            {
                LetterCode = register.Prefix,
                TimeZone = register.TimeZone,
                YearBasis = register.YearBasis,
            };
            db.Organisations.Add(organisation);
            pending.Add(new AdminChange("Organisation", "1", "Created", null,
                new { organisation.LetterCode, organisation.TimeZone, YearBasis = organisation.YearBasis.ToString() }));
        }

        if (!await db.Posts.AnyAsync(ct))
        {
            foreach (var p in catalog.Positions.Values.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var post = new Post { Key = p.Key, TitleTh = p.TitleTh, TitleEn = p.TitleEn, MemoTitle = p.TitleTh, MaySeeTimeInPost = p.TimeInPost };
                db.Posts.Add(post);
                pending.Add(new AdminChange("Post", post.Key, "Created", null,
                    new { post.Key, post.TitleTh, post.TitleEn, post.MemoTitle, post.MaySeeTimeInPost }));
            }
        }

        if (pending.Count > 0)
            await changes.SaveAsync(AdminActor.System, pending, ct);
    }
}
