using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Infrastructure;
using Workflow.Web.Routes;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Instances;

/// <summary>
/// Three instances started at the same moment on one empty PostgreSQL database (ADR 33): all come up, and the
/// database holds one copy of what start-up writes (schema, route snapshots, organisation, posts, holidays, demo
/// people and their assignments, and the administration audit of all that).
/// </summary>
public sealed class ConcurrentStartTests(SharedPostgresApps apps) : IClassFixture<SharedPostgresApps>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Three_instances_started_at_once_on_an_empty_database_all_come_up()
    {
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, SharedPostgresApps.Count), apps.FirstAnswers);
    }

    [Fact]
    public async Task Three_instances_started_at_once_seed_one_copy_of_everything()
    {
        var routes = apps[0].Services.GetRequiredService<RouteRegistry>().Versions.Count();
        var seeded = await apps[1].ReadDbAsync(async db => new
        {
            Organisations = await db.Organisations.CountAsync(Ct),
            Departments = await db.Departments.CountAsync(Ct),
            Users = await db.Users.CountAsync(Ct),
            Assignments = await db.Assignments.CountAsync(Ct),
            Snapshots = await db.RouteSnapshots.CountAsync(Ct),
            Holidays = await db.Holidays.CountAsync(Ct) > 0,
            Pending = (await db.Database.GetPendingMigrationsAsync(Ct)).Count(),
        });
        var audited = await apps[2].ReadDbAsync(db => db.AdminAudit.GroupBy(a => new { a.SubjectKind, a.SubjectId, a.Action })
            .Select(g => new { g.Key, Count = g.Count() }).Where(g => g.Count > 1).ToListAsync(Ct));

        Assert.Equal(new { Organisations = 1, Departments = 2, Users = DemoUsers.All.Count, Assignments = DemoUsers.All.Count, Snapshots = routes, Holidays = true, Pending = 0 },
            seeded);
        Assert.Empty(audited);
    }

    [Fact]
    public async Task Every_instance_knows_the_same_route_versions()
    {
        var stored = (await apps[0].ReadDbAsync(db => db.RouteSnapshots.Select(s => s.Hash).ToListAsync(Ct))).Order(StringComparer.Ordinal).ToList();

        foreach (var host in apps.Hosts)
            Assert.Equal(stored, host.Services.GetRequiredService<RouteRegistry>().Versions.Select(v => v.ContentHash).Order(StringComparer.Ordinal));
    }
}
