using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Routes;
using Workflow.Web.Data;

namespace Workflow.Web.Routes;

/// <summary>
/// The routes in workflows/ (what new documents start on) and every route version ever loaded, by content
/// hash (what documents in flight follow). Snapshots are kept in the database so an edited or removed file
/// never changes a document that started on the old version.
/// </summary>
public sealed class RouteRegistry
{
    private readonly ConcurrentDictionary<string, RouteDefinition> _byHash = new();

    public RouteCatalog Catalog { get; private set; } = new(new Dictionary<string, Position>(), []);

    public RouteDefinition? ByHash(string hash) => _byHash.GetValueOrDefault(hash);

    /// <summary>Every route version ever loaded: the current files and those documents in flight or closed still follow.</summary>
    public IEnumerable<RouteDefinition> Versions => _byHash.Values;

    /// <summary>
    /// Loads and validates workflows/ (every post a route names must be in the database's catalogue), records new
    /// versions, and loads every known snapshot.
    /// </summary>
    public async Task InitializeAsync(string directory, WorkflowDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var posts = await db.Posts.AsNoTracking().Select(p => p.Key).ToListAsync(ct);
        // No posts yet: this start seeds them from positions.json (FirstStartSeed), so the routes are checked against it.
        Catalog = RouteDefinitionLoader.Load(directory, posts.Count == 0 ? null : posts);
        var known = await db.RouteSnapshots.AsNoTracking().ToListAsync(ct);
        foreach (var snapshot in known)
            _byHash[snapshot.Hash] = JsonSerializer.Deserialize<RouteDefinition>(snapshot.Definition)!;
        foreach (var route in Catalog.Routes.Where(r => !_byHash.ContainsKey(r.ContentHash)))
        {
            db.RouteSnapshots.Add(new RouteSnapshot
            {
                Hash = route.ContentHash,
                RouteId = route.Id,
                Version = route.Version,
                Definition = JsonSerializer.Serialize(route),
                FirstLoadedAt = clock.GetUtcNow(),
            });
            _byHash[route.ContentHash] = route;
        }

        await db.SaveChangesAsync(ct);
    }
}
