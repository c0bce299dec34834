using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Workflow.Core.Formatting;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>
/// A database from before ADR 15 keyed its register counters "prefix|basis|year": the upgrade keys them by year,
/// keeping the highest number given, so the first submission after it continues the register.
/// </summary>
public sealed class RegisterCounterUpgradeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upgraded_database_continues_the_register_from_its_old_counters()
    {
        await using var app = new WorkflowApp();
        var year = ThaiDate.BuddhistYear(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)));
        await using (var connection = new SqliteConnection(app.ConnectionString))
        {
            await using var db = new WorkflowDbContext(new DbContextOptionsBuilder<WorkflowDbContext>().UseSqlite(connection).Options);
            await db.GetService<IMigrator>().MigrateAsync("20261201221718_AuditCapacity", Ct);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "RegisterCounters" ("Key", "Last") VALUES ({"นม 53801|Calendar|" + year}, 334), ({"ขก 1|Calendar|" + year}, 12), ({"นม 53801|Calendar|" + (year - 1)}, 901);
                """, Ct);
        }

        var id = (await app.Api.CreateDraftAsync()).Id;
        await app.Api.ActOkAsync(Demo.Legal, id, "submit");

        Assert.Equal("นม ๕๓๘๐๑/๓๓๕", (await app.Api.GetDocumentAsync(Demo.Legal, id)).RegisterNumber);
        var counters = await app.ReadDbAsync(db => db.RegisterCounters.AsNoTracking().OrderBy(c => c.Key).Select(c => new { c.Key, c.Last }).ToListAsync());
        Assert.Equal([$"year:{year - 1}=901", $"year:{year}=335"], counters.Select(c => $"{c.Key}={c.Last}"));
    }
}
