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

    /// <summary>Loads and validates workflows/, records new versions, and loads every known snapshot.</summary>
    public async Task InitializeAsync(string directory, WorkflowDbContext db, TimeProvider clock, CancellationToken ct)
    {
        Catalog = RouteDefinitionLoader.Load(directory);
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
