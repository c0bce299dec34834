using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Workflow.Bench;

public sealed record SqliteCeilingResult(string Journal, string Synchronous, double SingleRowTxPerSecond, double ActionTxPerSecond, LatencyStats ActionTx);

/// <summary>
/// What the disk and SQLite allow, with nothing else in the way: one connection writing, in a file beside the
/// service's database, with the service's journal (WAL) and synchronous setting. The action-shaped transaction
/// writes what one route action writes: the document UPDATE with its version check, an audit entry, an outbox row.
/// </summary>
public static class SqliteCeiling
{
    private const int Documents = 10_000;
    private const string Schema = """
        CREATE TABLE "Documents" ("Id" TEXT NOT NULL PRIMARY KEY, "RouteId" TEXT NOT NULL, "RouteVersion" INTEGER NOT NULL, "RouteHash" TEXT NOT NULL,
            "AuthorId" TEXT NOT NULL, "AuthorName" TEXT NOT NULL, "AuthorPosition" TEXT NOT NULL, "Issuer" TEXT NOT NULL, "RegisterNumber" TEXT NULL,
            "MemoDate" TEXT NULL, "Subject" TEXT NOT NULL, "Salutation" TEXT NOT NULL, "Body" TEXT NOT NULL, "Status" TEXT NOT NULL,
            "CurrentStep" INTEGER NOT NULL, "Round" INTEGER NOT NULL, "HighestStepReached" INTEGER NOT NULL, "WaitingFor" TEXT NULL,
            "WaitingSince" INTEGER NULL, "CreatedAt" INTEGER NOT NULL, "UpdatedAt" INTEGER NOT NULL, "Version" INTEGER NOT NULL);
        CREATE INDEX "IX_Documents_AuthorId_CreatedAt" ON "Documents" ("AuthorId", "CreatedAt");
        CREATE UNIQUE INDEX "IX_Documents_RegisterNumber" ON "Documents" ("RegisterNumber");
        CREATE INDEX "IX_Documents_WaitingFor_WaitingSince" ON "Documents" ("WaitingFor", "WaitingSince");
        CREATE TABLE "AuditEntries" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "DocumentId" TEXT NOT NULL, "Sequence" INTEGER NOT NULL,
            "Action" TEXT NOT NULL, "UserId" TEXT NOT NULL, "UserName" TEXT NOT NULL, "ActedFor" TEXT NOT NULL, "Capacity" TEXT NOT NULL,
            "At" INTEGER NOT NULL, "Note" TEXT NULL, "AddressedTo" TEXT NULL, "FromStatus" TEXT NOT NULL, "ToStatus" TEXT NOT NULL,
            "Round" INTEGER NOT NULL, "Step" INTEGER NOT NULL, "PreviousHash" TEXT NOT NULL, "Hash" TEXT NOT NULL);
        CREATE UNIQUE INDEX "IX_AuditEntries_DocumentId_Sequence" ON "AuditEntries" ("DocumentId", "Sequence");
        CREATE TABLE "Outbox" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "MessageId" TEXT NOT NULL, "DocumentId" TEXT NOT NULL,
            "Type" TEXT NOT NULL, "Payload" TEXT NOT NULL, "CreatedAt" INTEGER NOT NULL, "SentAt" INTEGER NULL, "Attempts" INTEGER NOT NULL, "LastError" TEXT NULL);
        CREATE UNIQUE INDEX "IX_Outbox_MessageId" ON "Outbox" ("MessageId");
        CREATE INDEX "IX_Outbox_SentAt_Id" ON "Outbox" ("SentAt", "Id");
        """;

    public static SqliteCeilingResult Measure(string directory, string synchronous, TimeSpan duration)
    {
        var path = Path.Combine(directory, $"ceiling-{Guid.NewGuid():N}.db");
        try
        {
            using var db = new SqliteConnection($"Data Source={path};Pooling=False");
            db.Open();
            Exec(db, $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous.ToUpperInvariant()}; PRAGMA foreign_keys=ON;");
            Exec(db, Schema);
            var ids = Prepopulate(db);
            using var outbox = OutboxInsert(db);
            var single = Run(db, duration, (tx, i) => InsertOutbox(outbox, tx, Guid.NewGuid(), i), out _);
            var versions = new int[ids.Length];
            using var update = db.CreateCommand();
            update.CommandText = """
                    UPDATE "Documents" SET "Status" = 'InRoute', "CurrentStep" = $step, "WaitingFor" = 'mayor', "WaitingSince" = $now,
                        "UpdatedAt" = $now, "Version" = $next WHERE "Id" = $id AND "Version" = $version RETURNING 1
                    """;
            Parameters(update, "$step", "$now", "$next", "$id", "$version");
            using var audit = db.CreateCommand();
            audit.CommandText = """
                    INSERT INTO "AuditEntries" ("DocumentId", "Sequence", "Action", "UserId", "UserName", "ActedFor", "Capacity", "At", "Note",
                        "AddressedTo", "FromStatus", "ToStatus", "Round", "Step", "PreviousHash", "Hash")
                    VALUES ($doc, $seq, 'Endorse', 'ef08a155-f9b5-4433-ba2b-616632b836a7', 'นายสมชาย ทดสอบ', 'section-head-admin', 'Self', $now,
                        'เพื่อโปรดทราบ', 'head-clerk-office', 'InRoute', 'InRoute', 1, 0, $prev, $hash)
                    """;
            Parameters(audit, "$doc", "$seq", "$now", "$prev", "$hash");
            var action = Run(db, duration, (tx, i) =>
            {
                var d = i % ids.Length;
                update.Transaction = tx;
                Bind(update, i % 4, DateTime.UtcNow.Ticks, versions[d] + 1, ids[d], versions[d]);
                if (update.ExecuteScalar() is null)
                    throw new InvalidOperationException("The version check failed in the ceiling run.");
                versions[d]++;
                audit.Transaction = tx;
                Bind(audit, ids[d], versions[d], DateTime.UtcNow.Ticks, new string('0', 64), Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i))));
                audit.ExecuteNonQuery();
                InsertOutbox(outbox, tx, Guid.Parse(ids[d]), i);
            }, out var latencies);
            return new SqliteCeilingResult("wal", synchronous, single, action, latencies);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(path + suffix);
        }
    }

    private static double Run(SqliteConnection db, TimeSpan duration, Action<SqliteTransaction, int> body, out LatencyStats stats)
    {
        var samples = new List<double>();
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < duration && count < 1_000_000)
        {
            var started = Stopwatch.GetTimestamp();
            using (var tx = db.BeginTransaction())
            {
                body(tx, count);
                tx.Commit();
            }

            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            count++;
        }

        stats = LatencyStats.Of(samples);
        return Math.Round(count / clock.Elapsed.TotalSeconds, 0);
    }

    private static string[] Prepopulate(SqliteConnection db)
    {
        var ids = Enumerable.Range(0, Documents).Select(_ => Guid.CreateVersion7().ToString().ToUpperInvariant()).ToArray();
        using var tx = db.BeginTransaction();
        using var insert = db.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO "Documents" VALUES ($id, 'memo-approval', 1, 'hash', 'author', 'นางสาวพิมพ์ชนก ตัวอย่าง', 'legal-officer',
                'สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย', NULL, NULL, 'รายงานผลการพิจารณาทางกฎหมาย', 'นายกเทศมนตรีตำบลโชคชัย',
                'ตามที่ได้รับมอบหมายให้พิจารณาข้อกฎหมาย บัดนี้ได้ดำเนินการแล้วเสร็จ', 'InRoute', 0, 1, 0, 'section-head-admin', 0, 0, 0, 0)
            """;
        var p = insert.Parameters.Add("$id", SqliteType.Text);
        foreach (var id in ids)
        {
            p.Value = id;
            insert.ExecuteNonQuery();
        }

        tx.Commit();
        return ids;
    }

    private static SqliteCommand OutboxInsert(SqliteConnection db)
    {
        var c = db.CreateCommand();
        c.CommandText = """
            INSERT INTO "Outbox" ("MessageId", "DocumentId", "Type", "Payload", "CreatedAt", "SentAt", "Attempts", "LastError")
            VALUES ($m, $d, 'EndorsementRecorded', $payload, $now, NULL, 0, NULL)
            """;
        Parameters(c, "$m", "$d", "$payload", "$now");
        return c;
    }

    private static void InsertOutbox(SqliteCommand c, SqliteTransaction tx, Guid documentId, int i)
    {
        c.Transaction = tx;
        Bind(c, Guid.NewGuid().ToString().ToUpperInvariant(), documentId.ToString().ToUpperInvariant(), Payload(i), DateTime.UtcNow.Ticks);
        c.ExecuteNonQuery();
    }

    // Commands built once and re-bound: the ceiling is what SQLite allows, not what building a command costs.
    private static void Parameters(SqliteCommand c, params string[] names)
    {
        foreach (var name in names)
            c.Parameters.Add(new SqliteParameter(name, null));
    }

    private static void Bind(SqliteCommand c, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            c.Parameters[i].Value = values[i];
    }

    private static string Payload(int i) =>
        $$"""{"Step":0,"Note":"\u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E42\u0E1B\u0E23\u0E14\u0E17\u0E23\u0E32\u0E1A","AddressedTo":"head-clerk-office","Sequence":{{i}},"OccurredAt":"2026-11-26T15:47:45.0755393+00:00","ActorUserId":"ef08a155-f9b5-4433-ba2b-616632b836a7","ActorName":"\u0E19\u0E32\u0E22\u0E2A\u0E21\u0E0A\u0E32\u0E22 \u0E17\u0E14\u0E2A\u0E2D\u0E1A","ActedFor":"section-head-admin","Capacity":"Self"}""";

    private static void Exec(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }
}
