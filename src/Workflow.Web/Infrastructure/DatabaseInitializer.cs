using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Deadlines;
using Workflow.Web.Messaging;
using Workflow.Web.Options;
using Workflow.Web.Routes;

namespace Workflow.Web.Infrastructure;

/// <summary>Start-up work, in order: migrate the database, load and validate the routes, seed demo users.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<WorkflowDbContext>();
        await MigrateAsync(db, ct);

        if (sp.GetRequiredService<IOptions<MessagingOptions>>().Value.Transport == MessagingTransport.InMemory
            && await InProcessBusRecovery.ResendUnconsumedAsync(db, ct) is > 0 and var resent)
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(DatabaseInitializer))
                .LogWarning("{Count} events published in-process before a crash were not consumed; sending them again", resent);

        var workflows = sp.GetRequiredService<IOptions<WorkflowsOptions>>().Value.ResolvedPath;
        var routes = sp.GetRequiredService<RouteRegistry>();
        await routes.InitializeAsync(workflows, db, sp.GetRequiredService<TimeProvider>(), ct);
        await FirstStartSeed.SeedAsync(db, sp.GetRequiredService<AdminChanges>(), sp.GetRequiredService<IOptions<RegisterOptions>>().Value,
            routes.Catalog, ct);
        await HolidaySeed.SeedAsync(db, workflows, ct);
        await sp.GetRequiredService<PostTitles>().ReloadAsync(db, ct);
        await sp.GetRequiredService<OrganisationProfile>().ReloadAsync(db, ct);

        var demo = sp.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.SeedUsers)
        {
            // Every start, and louder outside Development: their password is in the README unless Demo:Password is set.
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(DatabaseInitializer)).Log(
                sp.GetRequiredService<IHostEnvironment>().IsDevelopment() ? LogLevel.Warning : LogLevel.Critical,
                "Demo:SeedUsers is on: {Count} demo accounts with a known password exist ({Users}). Never on a real installation: "
                + "turn Demo:SeedUsers off and remove the accounts", DemoUsers.All.Count, string.Join(", ", DemoUsers.All.Select(u => u.UserName)));
            await DemoOrganisation.SeedAsync(sp.GetRequiredService<OrganisationSettings>(), sp.GetRequiredService<DepartmentCatalog>(), ct);
            await DemoUsers.SeedAsync(sp, demo.Password, ct);
        }
    }

    /// <summary>Brings the schema up to date; also what the command-line tools do before they touch users.</summary>
    public static async Task MigrateAsync(WorkflowDbContext db, CancellationToken ct)
    {
        // Each provider has its own migrations (ADR 33). On PostgreSQL, EF Core takes a lock for the migration, so
        // instances that start together migrate one after another.
        await db.Database.MigrateAsync(ct);
        // WAL is a property of the file: set once, it stays; readers then never block the writer.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
