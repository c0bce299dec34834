using System.Diagnostics;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Engine;
using Workflow.Core.Numbering;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Bench;

/// <summary>What seeding left in the database: how many memos, and the ones to read back and verify.</summary>
// The id lists are for the read probe and the audit check, not for the result file.
public sealed record SeedResult(int Documents, int Added, double Seconds,
    [property: JsonIgnore] IReadOnlyList<Guid> SignedSample, [property: JsonIgnore] IReadOnlyList<Guid> AddedIds)
{
    /// <summary>The service's own audit verification of the seeded memos, filled in once the service runs.</summary>
    public SeedCheckResult? Check { get; init; }
}

/// <summary>
/// Writes memos into the service's database through the service's own DbContext (the schema, the register and the
/// demo users come from the service's first start: its migrations and its seeding), in big transactions:
/// documents with their audit anchor, chained audit entries, sent outbox rows, journal entries, publications.
/// Tops up to the requested count, so a database seeded before is reused as it is.
/// </summary>
public static class Seeder
{
    private const int Batch = 2000;
    private static readonly string[] RouteUsers = ["legal", "section", "office", "clerk", "mayor"];

    public static SeedResult Run(BenchDatabase database, int target)
    {
        var clock = Stopwatch.StartNew();
        using var db = database.Open();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (database.Provider == DatabaseProvider.Sqlite)
            db.Database.ExecuteSqlRaw("PRAGMA synchronous=NORMAL;");
        var existing = db.Documents.Count();
        var toAdd = Math.Max(0, target - existing);
        var added = toAdd > 0 ? Write(db, toAdd) : [];
        var sample = db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Signed)
            .OrderBy(_ => EF.Functions.Random()).Select(d => d.Id).Take(1000).ToList();
        return new SeedResult(existing + toAdd, toAdd, Math.Round(clock.Elapsed.TotalSeconds, 1), sample, added);
    }

    private static List<Guid> Write(WorkflowDbContext db, int count)
    {
        var organisation = db.Organisations.AsNoTracking().Single();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
        var users = RouteUsers.Select(u => LoadUser(db, u)).ToArray();
        var routeHash = db.RouteSnapshots.AsNoTracking().Where(r => r.RouteId == "memo-approval")
            .OrderByDescending(r => r.Version).ThenByDescending(r => r.FirstLoadedAt).Select(r => r.Hash).First();
        var now = DateTimeOffset.UtcNow;
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var year = RegisterYear.For(localToday, organisation.YearBasis);
        var counter = db.RegisterCounters.Find(RegisterNumberAllocator.CounterKey(year));
        if (counter is null)
            db.RegisterCounters.Add(counter = new RegisterCounter { Key = RegisterNumberAllocator.CounterKey(year) });
        // The register year so far, in the municipality's time zone: numbers of one register year only.
        var yearStart = Enumerable.Range(0, 366).Select(d => localToday.AddDays(-d))
            .TakeWhile(d => RegisterYear.For(d, organisation.YearBasis) == year).Last();
        var start = new DateTimeOffset(yearStart.ToDateTime(new TimeOnly(8, 0)), zone.GetUtcOffset(now));
        var span = now - TimeSpan.FromHours(1) - start;
        var plan = new SeedPlan(users, new Random(20261126));
        var writer = new SeedWriter(routeHash, zone, users[0], year);
        var last = counter.Last;
        var ids = new List<Guid>(count);
        for (var done = 0; done < count; done += Batch)
        {
            using var tx = db.Database.BeginTransaction();
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var createdAt = start + span * ((i + 0.5) / count);
                var memo = plan.Next(i, createdAt, now, recent: i >= count * 0.92, ref last,
                    n => RegisterNumber.Format(organisation.LetterCode, n, thaiDigits: true));
                writer.Add(db, memo);
                ids.Add(memo.Id);
            }

            counter.Last = last;
            db.ChangeTracker.DetectChanges();
            db.SaveChanges();
            tx.Commit();
            db.ChangeTracker.Clear();
            db.Attach(counter);
        }

        return ids;
    }

    private static SeedUser LoadUser(WorkflowDbContext db, string userName)
    {
        var user = db.Users.AsNoTracking().Where(u => u.UserName == userName)
            .Select(u => new { u.Id, u.DisplayName, u.PersonalTitle, Position = u.Assignments.Select(a => a.Position).FirstOrDefault() })
            .FirstOrDefault();
        return user?.Position is not null
            ? new SeedUser(user.Id, user.DisplayName, user.Position, string.IsNullOrWhiteSpace(user.PersonalTitle) ? null : user.PersonalTitle)
            : throw new InvalidOperationException($"Demo user {userName} is missing: the service must have started once with Demo:SeedUsers=true.");
    }
}
