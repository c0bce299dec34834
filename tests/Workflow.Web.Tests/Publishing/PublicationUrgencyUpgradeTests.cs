using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Workflow.Core.Classification;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Publishing;

/// <summary>
/// Publications made before the list read urgency from a column of their own: the upgrade copies it out of each frozen
/// snapshot, so the public list shows what it showed before (none where the snapshot kept no urgency).
/// </summary>
public sealed class PublicationUrgencyUpgradeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upgraded_database_keeps_each_publications_urgency_from_its_snapshot()
    {
        await using var app = new WorkflowApp();
        Guid urgent = Guid.NewGuid(), plain = Guid.NewGuid(), oldest = Guid.NewGuid();
        await using (var connection = new SqliteConnection(app.ConnectionString))
        {
            await using var db = new WorkflowDbContext(new DbContextOptionsBuilder<WorkflowDbContext>().UseSqlite(connection).Options);
            await db.GetService<IMigrator>().MigrateAsync("20261202145330_MultiInstance", Ct);
            foreach (var (id, snapshot) in new[] { (urgent, """{"urgency":"very-urgent"}"""), (plain, """{"urgency":"none"}"""), (oldest, """{"subject":"x"}""") })
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "Publications" ("Id", "DocumentId", "RegisterNumber", "Subject", "SignedAt", "PublishedAt", "Snapshot", "SnapshotHash", "SecondFactor")
                    VALUES ({id}, {Guid.NewGuid()}, 'นม ๑/๒๕๖๙', 'x', 0, 0, {snapshot}, 'h', 0);
                    """, Ct);
        }

        var urgencies = await app.ReadDbAsync(db => db.Publications.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Urgency, Ct));

        Assert.Equal((Urgency.VeryUrgent, Urgency.None, Urgency.None), (urgencies[urgent], urgencies[plain], urgencies[oldest]));
    }
}
