using System.Diagnostics;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Workflow.Core.Numbering;

namespace Workflow.Bench;

/// <summary>What seeding left in the database: how many memos, and some of each kind to read back.</summary>
// The sample is for the read probe, not for the result file.
public sealed record SeedResult(int Documents, int Added, double Seconds, [property: JsonIgnore] IReadOnlyList<Guid> SignedSample);

/// <summary>
/// Writes memos straight into the service's SQLite file (schema and demo users must exist: start the service once
/// first), in big transactions: documents, chained audit entries, sent outbox rows, journal entries, publications.
/// Tops up to the requested count, so a --db seeded before is reused as it is.
/// </summary>
public static class Seeder
{
    private const int Batch = 5000;
    private const string Prefix = "นม 53801";
    private static readonly string[] RouteUsers = ["legal", "section", "office", "clerk", "mayor"];

    public static SeedResult Run(string dbPath, int target, TimeZoneInfo zone)
    {
        var clock = Stopwatch.StartNew();
        using var db = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        db.Open();
        Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        var existing = Convert.ToInt32(Scalar(db, "SELECT COUNT(*) FROM Documents"), System.Globalization.CultureInfo.InvariantCulture);
        var toAdd = Math.Max(0, target - existing);
        if (toAdd > 0)
            Write(db, toAdd, zone);
        var sample = new List<Guid>();
        using (var read = db.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM Documents WHERE Status = 'Signed' ORDER BY random() LIMIT 1000";
            using var r = read.ExecuteReader();
            while (r.Read())
                sample.Add(Guid.Parse(r.GetString(0)));
        }

        return new SeedResult(existing + toAdd, toAdd, Math.Round(clock.Elapsed.TotalSeconds, 1), sample);
    }

    private static void Write(SqliteConnection db, int count, TimeZoneInfo zone)
    {
        var users = RouteUsers.Select(u => LoadUser(db, u)).ToArray();
        var routeHash = (string)Scalar(db, "SELECT Hash FROM RouteSnapshots WHERE RouteId = 'memo-approval' ORDER BY Version DESC, FirstLoadedAt DESC LIMIT 1")!;
        var now = DateTimeOffset.UtcNow;
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var year = RegisterYear.For(localToday, RegisterYearBasis.Calendar);
        var counterKey = $"{Prefix}|{RegisterYearBasis.Calendar}|{year}";
        var last = Convert.ToInt32(Scalar(db, $"SELECT COALESCE((SELECT Last FROM RegisterCounters WHERE Key = '{counterKey}'), 0)"), System.Globalization.CultureInfo.InvariantCulture);
        // The year so far, in the municipality's time zone: numbers of one register year only.
        var start = new DateTimeOffset(new DateTime(localToday.Year, 1, 1, 8, 0, 0), zone.GetUtcOffset(now));
        var span = now - TimeSpan.FromHours(1) - start;
        var plan = new SeedPlan(users, new Random(20261126));
        var writer = new SeedWriter(db, routeHash, zone, users[0]);
        for (var done = 0; done < count; done += Batch)
        {
            using var tx = db.BeginTransaction();
            writer.Begin(tx);
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var createdAt = start + span * ((i + 0.5) / count);
                var memo = plan.Next(i, createdAt, now, recent: i >= count * 0.92, ref last, n => RegisterNumber.Format(Prefix, n, thaiDigits: true));
                writer.Add(memo);
            }

            tx.Commit();
        }

        using var counter = db.CreateCommand();
        counter.CommandText = """INSERT INTO RegisterCounters ("Key", "Last") VALUES ($k, $l) ON CONFLICT ("Key") DO UPDATE SET "Last" = $l""";
        counter.Parameters.AddWithValue("$k", counterKey);
        counter.Parameters.AddWithValue("$l", last);
        counter.ExecuteNonQuery();
        Exec(db, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static SeedUser LoadUser(SqliteConnection db, string userName)
    {
        using var c = db.CreateCommand();
        c.CommandText = "SELECT u.Id, u.DisplayName, p.Position FROM AspNetUsers u JOIN Assignments p ON p.UserId = u.Id WHERE u.UserName = $u";
        c.Parameters.AddWithValue("$u", userName);
        using var r = c.ExecuteReader();
        return r.Read() ? new SeedUser(r.GetString(0), r.GetString(1), r.GetString(2))
            : throw new InvalidOperationException($"Demo user {userName} is missing: the service must have started once with Demo:SeedUsers=true.");
    }

    private static object? Scalar(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        return c.ExecuteScalar();
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }
}
