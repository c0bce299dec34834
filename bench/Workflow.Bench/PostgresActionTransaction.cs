using Npgsql;
using NpgsqlTypes;

namespace Workflow.Bench;

/// <summary>
/// One route action's writes on one connection, as prepared statements: the document UPDATE with its version check,
/// the audit INSERT and the outbox INSERT, committed together. Built once and re-bound: the ceiling is what the
/// server allows, not what building a command costs.
/// </summary>
public sealed class PostgresActionTransaction(NpgsqlConnection db) : IAsyncDisposable
{
    private const string Payload = """{"Step":0,"Note":"เพื่อโปรดทราบ","AddressedTo":"head-clerk-office","Sequence":2,"OccurredAt":"2026-11-26T15:47:45.0755393+00:00","ActorUserId":"ef08a155-f9b5-4433-ba2b-616632b836a7","ActorName":"นายสมชาย ทดสอบ","ActedFor":"section-head-admin","Capacity":"Self"}""";

    private readonly NpgsqlCommand _update = Command(db, """
        UPDATE "Documents" SET "Status" = 'InRoute', "CurrentStep" = @step, "WaitingFor" = 'mayor', "WaitingSince" = @now,
            "UpdatedAt" = @now, "AuditCount" = @next, "AuditHead" = @hash, "Version" = @next WHERE "Id" = @id AND "Version" = @version
        """, ("step", NpgsqlDbType.Integer), ("now", NpgsqlDbType.Bigint), ("next", NpgsqlDbType.Integer), ("hash", NpgsqlDbType.Text),
        ("id", NpgsqlDbType.Uuid), ("version", NpgsqlDbType.Integer));

    private readonly NpgsqlCommand _audit = Command(db, """
        INSERT INTO "AuditEntries" ("Format", "DocumentId", "Sequence", "Action", "UserId", "UserName", "ActedFor", "Capacity", "At", "Note",
            "AddressedTo", "FromStatus", "ToStatus", "Round", "Step", "PreviousHash", "Hash")
        VALUES (3, @doc, @seq, 'Endorse', 'ef08a155-f9b5-4433-ba2b-616632b836a7', 'นายสมชาย ทดสอบ', 'section-head-admin', 'Self', @now,
            'เพื่อโปรดทราบ', 'head-clerk-office', 'InRoute', 'InRoute', 1, 0, @prev, @hash)
        """, ("doc", NpgsqlDbType.Uuid), ("seq", NpgsqlDbType.Integer), ("now", NpgsqlDbType.Bigint), ("prev", NpgsqlDbType.Text), ("hash", NpgsqlDbType.Text));

    private readonly NpgsqlCommand _outbox = Command(db, """
        INSERT INTO "Outbox" ("MessageId", "DocumentId", "Type", "Payload", "CreatedAt", "SentAt", "Attempts", "LastError")
        VALUES (@m, @d, 'EndorsementRecorded', @payload, @now, NULL, 0, NULL)
        """, ("m", NpgsqlDbType.Uuid), ("d", NpgsqlDbType.Uuid), ("payload", NpgsqlDbType.Text), ("now", NpgsqlDbType.Bigint));

    public async Task RunAsync(Guid document, int version, string hash, int step, CancellationToken ct)
    {
        var now = DateTime.UtcNow.Ticks;
        await using var tx = await db.BeginTransactionAsync(ct);
        Bind(_update, tx, step % 4, now, version + 1, hash, document, version);
        if (await _update.ExecuteNonQueryAsync(ct) != 1)
            throw new InvalidOperationException("The version check failed in the ceiling run.");
        Bind(_audit, tx, document, version + 1, now, new string('0', 64), hash);
        await _audit.ExecuteNonQueryAsync(ct);
        Bind(_outbox, tx, Guid.NewGuid(), document, Payload, now);
        await _outbox.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _update.DisposeAsync();
        await _audit.DisposeAsync();
        await _outbox.DisposeAsync();
    }

    private static NpgsqlCommand Command(NpgsqlConnection db, string sql, params (string Name, NpgsqlDbType Type)[] parameters)
    {
        var c = new NpgsqlCommand(sql, db);
        foreach (var (name, type) in parameters)
            c.Parameters.Add(new NpgsqlParameter(name, type));
        c.Prepare();
        return c;
    }

    private static void Bind(NpgsqlCommand c, NpgsqlTransaction tx, params object[] values)
    {
        c.Transaction = tx;
        for (var i = 0; i < values.Length; i++)
            c.Parameters[i].Value = values[i];
    }
}
