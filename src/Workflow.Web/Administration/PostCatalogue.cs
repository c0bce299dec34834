using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Routes;

namespace Workflow.Web.Administration;

/// <summary>
/// The posts (ตำแหน่ง) the routes name by key: list, create, retitle, and remove one nothing refers to (ADR 16). Every
/// change is audited through <see cref="AdminChanges"/>, then the titles in memory are reloaded, so the next page shows it.
/// </summary>
public sealed class PostCatalogue(WorkflowDbContext db, AdminChanges changes, PostTitles titles, RouteRegistry routes)
{
    public const string Subject = "Post";

    public async Task<IReadOnlyList<PostView>> ListAsync(CancellationToken ct) =>
        (await db.Posts.AsNoTracking().OrderBy(p => p.Key).ToListAsync(ct)).Select(View).ToList();

    public async Task<PostView?> FindAsync(string key, CancellationToken ct) =>
        await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, ct) is { } post ? View(post) : null;

    public async Task<Outcome<PostView>> CreateAsync(PostInput input, AdminActor by, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(input.Key))
            return new Failure(StatusCodes.Status400BadRequest, "post-key-required", "A new post needs a key (e.g. municipal-clerk).", "key");
        if (await db.Posts.AnyAsync(p => p.Key == input.Key, ct))
            return Exists(input.Key);
        var post = new Post { Key = input.Key, TitleTh = input.TitleTh!, TitleEn = input.TitleEn!, MemoTitle = input.MemoTitle!,
            MayReadRegister = input.MayReadRegister, MaySeeTimeInPost = input.MaySeeTimeInPost };
        db.Posts.Add(post);
        if (await SaveAsync(by, new AdminChange(Subject, post.Key, "Created", null, Audited(post)), ct) is { } failure)
            return failure.Field is null ? Exists(input.Key) : failure;
        return View(post);
    }

    public async Task<Outcome<PostView>> UpdateAsync(string key, PostInput input, AdminActor by, CancellationToken ct)
    {
        if (input.Key is not null && input.Key != key)
            return new Failure(StatusCodes.Status400BadRequest, "post-key-immutable", "A post's key cannot be changed: routes and memos name the post by it.", "key");
        if (input.Version is null)
            return new Failure(StatusCodes.Status400BadRequest, "version-required", "Send the version you last read.", "version");
        if (await db.Posts.FirstOrDefaultAsync(p => p.Key == key, ct) is not { } post)
            return Failure.NotFound("Post");
        if (post.Version != input.Version)
            return Stale(post);
        var before = Audited(post);
        (post.TitleTh, post.TitleEn, post.MemoTitle, post.MayReadRegister, post.MaySeeTimeInPost) =
            (input.TitleTh!, input.TitleEn!, input.MemoTitle!, input.MayReadRegister, input.MaySeeTimeInPost);
        if (before == Audited(post))
            return View(post);
        post.Version++;
        if (await SaveAsync(by, new AdminChange(Subject, key, "Updated", before, Audited(post)), ct) is { } failure)
            return failure;
        return View(post);
    }

    /// <summary>Only a post nothing names: no route version ever loaded and no assignment, past, present or future.</summary>
    public async Task<Outcome<string>> RemoveAsync(string key, int? version, AdminActor by, CancellationToken ct)
    {
        if (await db.Posts.FirstOrDefaultAsync(p => p.Key == key, ct) is not { } post)
            return Failure.NotFound("Post");
        if (version is { } v && v != post.Version)
            return Stale(post);
        var inRoutes = RoutesNaming(key, routes.Versions);
        var assignments = await db.Assignments.CountAsync(a => a.Position == key, ct);
        if (inRoutes.Count > 0 || assignments > 0)
            return new Failure(StatusCodes.Status409Conflict, "post-in-use",
                $"Post '{key}' cannot be removed: {(inRoutes.Count > 0 ? $"routes name it ({string.Join(", ", inRoutes)})" : "")}"
                + $"{(inRoutes.Count > 0 && assignments > 0 ? "; " : "")}{(assignments > 0 ? $"{assignments} assignment(s) name it" : "")}.");
        db.Posts.Remove(post);
        if (await SaveAsync(by, new AdminChange(Subject, key, "Deleted", Audited(post), null), ct) is { } failure)
            return failure;
        return key;
    }

    private async Task<Failure?> SaveAsync(AdminActor by, AdminChange change, CancellationToken ct)
    {
        try
        {
            await changes.SaveAsync(by, [change], ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Failure(StatusCodes.Status409Conflict, "post-changed", "The post was changed by someone else in the meantime: reload it and try again.", "version");
        }
        catch (DbUpdateException)
        {
            // Two administrators creating the same key at once: the primary key decides, the second is told.
            return new Failure(StatusCodes.Status409Conflict, "post-changed", "The post was changed by someone else in the meantime.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        await titles.ReloadAsync(db, ct);
        return null;
    }

    private static Failure Exists(string key) =>
        new(StatusCodes.Status409Conflict, "post-exists", $"A post with the key '{key}' already exists.", "key");

    private static Failure Stale(Post post) =>
        new(StatusCodes.Status409Conflict, "post-changed", $"The post was changed in the meantime (now version {post.Version}): reload it and try again.", "version");

    private static AuditedPost Audited(Post p) => new(p.Key, p.TitleTh, p.TitleEn, p.MemoTitle, p.MayReadRegister, p.MaySeeTimeInPost);

    private PostView View(Post p) => new(p.Key, p.TitleTh, p.TitleEn, p.MemoTitle, p.MayReadRegister, p.MaySeeTimeInPost, p.Version,
        RoutesNaming(p.Key, routes.Catalog.Routes));

    private static List<string> RoutesNaming(string key, IEnumerable<Core.Routes.RouteDefinition> versions) =>
        versions.Where(r => r.Names(key))
            .Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();

    // A record, so that "nothing changed" is a value comparison and the audit's JSON has a fixed shape.
    private sealed record AuditedPost(string Key, string TitleTh, string TitleEn, string MemoTitle, bool MayReadRegister, bool MaySeeTimeInPost);
}
