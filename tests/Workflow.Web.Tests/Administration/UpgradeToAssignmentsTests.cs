using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Workflow.Core.Assignments;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>A database from before assignments existed: every post a user held becomes an assignment at the upgrade.</summary>
public sealed class UpgradeToAssignmentsTests
{
    private const string LastMigrationWithPositions = "20261126161218_AuditHead";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upgrade_turns_each_held_post_into_an_open_ended_assignment_the_user_acts_by()
    {
        await using var app = new WorkflowApp();
        var options = new DbContextOptionsBuilder<WorkflowDbContext>().UseSqlite(app.ConnectionString).Options;
        await using (var old = new WorkflowDbContext(options))
            await old.GetService<IMigrator>().MigrateAsync(LastMigrationWithPositions, Ct);
        await using (var sqlite = new SqliteConnection(app.ConnectionString))
        {
            await sqlite.OpenAsync(Ct);
            await using var insert = sqlite.CreateCommand();
            insert.CommandText = """
                INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, DisplayName, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
                VALUES ('old-user', 'old', 'OLD', 'นายเก่า ก่อนมีวาระ', 0, 0, 0, 1, 0);
                INSERT INTO UserPositions (UserId, Position, Capacity) VALUES ('old-user', 'mayor', 'Self'), ('old-user', 'municipal-clerk', 'Acting');
                """;
            await insert.ExecuteNonQueryAsync(Ct);
        }

        var assignments = await app.ReadDbAsync(db => db.Assignments.AsNoTracking().Where(a => a.UserId == "old-user").OrderBy(a => a.Position).ToListAsync(Ct));

        Assert.Collection(assignments,
            a => Assert.Equal(("mayor", AssignmentKind.Holder, new DateOnly(2000, 1, 1), (DateOnly?)null, (string?)null), (a.Position, a.Kind, a.From, a.To, a.OrderNumber)),
            a => Assert.Equal(("municipal-clerk", AssignmentKind.Acting, new DateOnly(2000, 1, 1), (DateOnly?)null), (a.Position, a.Kind, a.From, a.To)));
        Assert.Empty(AssignmentRules.Check(assignments[1].ToAssignment()));
        var user = await app.ReadDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == "old-user", Ct));
        Assert.True(user.IsActive);
    }
}
