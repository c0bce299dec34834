using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// The posts' current titles, read on nearly every page and answer: kept in memory, loaded at start-up and reloaded
/// by whoever changes a post. A key with no post (a route snapshot naming a post since removed) shows as its key.
/// Also which posts may read the register book and see the time-in-post page, asked by the navigation on every page.
/// </summary>
public sealed class PostTitles
{
    private volatile IReadOnlyDictionary<string, PositionView> _byKey = new Dictionary<string, PositionView>();
    private volatile IReadOnlySet<string> _registerReaders = new HashSet<string>();
    private volatile IReadOnlySet<string> _timeInPostViewers = new HashSet<string>();

    public IReadOnlyCollection<PositionView> All => (IReadOnlyCollection<PositionView>)_byKey.Values;

    public bool Exists(string key) => _byKey.ContainsKey(key);

    public bool MayReadRegister(string key) => _registerReaders.Contains(key);

    public bool MaySeeTimeInPost(string key) => _timeInPostViewers.Contains(key);

    public PositionView Of(string key) => _byKey.TryGetValue(key, out var p) ? p : new PositionView(key, key, key, key);

    public async Task ReloadAsync(WorkflowDbContext db, CancellationToken ct)
    {
        var posts = await db.Posts.AsNoTracking().ToListAsync(ct);
        _byKey = posts.ToDictionary(p => p.Key, p => new PositionView(p.Key, p.TitleTh, p.TitleEn, p.MemoTitle), StringComparer.Ordinal);
        _registerReaders = posts.Where(p => p.MayReadRegister).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        _timeInPostViewers = posts.Where(p => p.MaySeeTimeInPost).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }
}
