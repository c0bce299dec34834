using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Workflow.Core.Engine;
using Workflow.Core.Formatting;
using Workflow.Core.Numbering;

namespace Workflow.Bench;

/// <summary>Prepared INSERTs for every table a memo touches, with the values the service itself would store.</summary>
public sealed class SeedWriter
{
    private const string Issuer = "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย";
    private const string Salutation = "นายกเทศมนตรีตำบลโชคชัย";
    private const string Body = "ตามที่ได้รับมอบหมายให้พิจารณาข้อกฎหมาย บัดนี้ได้ดำเนินการแล้วเสร็จ\n\nจึงเรียนมาเพื่อโปรดพิจารณา และขออนุญาตเผยแพร่บนเว็บไซต์ของเทศบาล";
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly Dictionary<string, (string Th, string En)> Titles = new()
    {
        ["legal-officer"] = ("นิติกร", "Legal officer"),
        ["section-head-admin"] = ("หัวหน้าฝ่ายปกครอง", "Head of the Administration Section"),
        ["head-clerk-office"] = ("หัวหน้าสำนักปลัดเทศบาล", "Head of the Office of the Municipal Clerk"),
        ["municipal-clerk"] = ("ปลัดเทศบาล", "Municipal Clerk"),
        ["mayor"] = ("นายกเทศมนตรี", "Mayor"),
    };

    private readonly bool _registerYear;
    private readonly SeedUser _author;
    private readonly string _routeHash;
    private readonly TimeZoneInfo _zone;
    private readonly SqliteCommand _doc;
    private readonly SqliteCommand _audit;
    private readonly SqliteCommand _outbox;
    private readonly SqliteCommand _journal;
    private readonly SqliteCommand _publication;

    public SeedWriter(SqliteConnection db, string routeHash, TimeZoneInfo zone, SeedUser author)
    {
        _author = author;
        _routeHash = routeHash;
        _zone = zone;
        // Newer schemas key register numbers by year as well; fill the column where it exists.
        _registerYear = Columns(db, "Documents").Contains("RegisterYear");
        string[] yearColumn = _registerYear ? ["RegisterYear"] : [];
        _doc = Prepare(db, "Documents", [.. yearColumn, "Id", "RouteId", "RouteVersion", "RouteHash", "AuthorId", "AuthorName", "AuthorPosition", "Issuer",
            "RegisterNumber", "MemoDate", "Subject", "Salutation", "Body", "Status", "CurrentStep", "Round", "HighestStepReached", "WaitingFor",
            "WaitingSince", "CreatedAt", "UpdatedAt", "Version"]);
        _audit = Prepare(db, "AuditEntries", "DocumentId", "Sequence", "Action", "UserId", "UserName", "ActedFor", "Capacity", "At", "Note",
            "AddressedTo", "FromStatus", "ToStatus", "Round", "Step", "PreviousHash", "Hash");
        _outbox = Prepare(db, "Outbox", "MessageId", "DocumentId", "Type", "Payload", "CreatedAt", "SentAt", "Attempts", "LastError");
        _journal = Prepare(db, "MessageJournal", "MessageId", "DocumentId", "Type", "Sequence", "SentAt", "ConsumedAt");
        _publication = Prepare(db, "Publications", "Id", "DocumentId", "RegisterNumber", "Subject", "SignedAt", "PublishedAt", "Snapshot", "SnapshotHash");
    }

    public void Begin(SqliteTransaction tx)
    {
        foreach (var c in new[] { _doc, _audit, _outbox, _journal, _publication })
            c.Transaction = tx;
    }

    public void Add(SeedMemo m)
    {
        var author = m.Actions.Count > 0 ? m.Actions[0].Record : null;
        DateOnly? memoDate = author is null ? null : Local(author.At);
        var last = m.Actions.Count > 0 ? m.Actions[^1].Record.At : m.CreatedAt;
        object?[] year = _registerYear ? [m.RegisterNumber is null ? null : RegisterYear.For(memoDate!.Value, RegisterYearBasis.Calendar)] : [];
        Run(_doc, [.. year, Id(m.Id), "memo-approval", 1, _routeHash, _author.Id, _author.Name, "legal-officer", Issuer, m.RegisterNumber,
            memoDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), m.Subject, Salutation, Body, m.Status.ToString(),
            m.CurrentStep, m.Status == DocumentStatus.Draft ? 0 : 1, m.HighestStepReached, m.WaitingFor,
            m.WaitingFor is null ? null : last.UtcTicks, m.CreatedAt.UtcTicks, m.UpdatedAt.UtcTicks, m.Actions.Count]);
        foreach (var a in m.Actions)
        {
            var r = a.Record;
            Run(_audit, Id(m.Id), r.Sequence, r.Action.ToString(), r.UserId, r.UserName, r.ActedFor, r.Capacity.ToString(), r.At.UtcTicks, r.Note,
                a.AddressedTo, r.FromStatus.ToString(), r.ToStatus.ToString(), r.Round, r.Step, a.PreviousHash, a.Hash);
            var messageId = Guid.NewGuid();
            var type = EventType(r.Action);
            var sent = r.At.AddMilliseconds(2);
            Run(_outbox, Id(messageId), Id(m.Id), type, EventPayload(m, a), r.At.UtcTicks, sent.UtcTicks, 1, null);
            Run(_journal, Id(messageId), Id(m.Id), type, r.Sequence, sent.UtcTicks, sent.AddMilliseconds(1).UtcTicks);
        }

        if (m.Status == DocumentStatus.Signed)
        {
            var signedAt = m.Actions[^1].Record.At;
            var snapshot = Snapshot(m, memoDate!.Value);
            Run(_publication, Id(Guid.CreateVersion7(signedAt)), Id(m.Id), m.RegisterNumber, m.Subject, signedAt.UtcTicks,
                signedAt.AddMilliseconds(5).UtcTicks, snapshot, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot))));
        }
    }

    private string Snapshot(SeedMemo m, DateOnly memoDate)
    {
        var signed = m.Actions[^1].Record;
        var memo = new
        {
            documentId = m.Id, routeId = "memo-approval", registerNumber = m.RegisterNumber, memoDateThai = ThaiDate.Format(memoDate),
            issuer = Issuer, subject = m.Subject, salutation = Salutation,
            paragraphs = Body.Split("\n\n"), authorName = _author.Name, authorPositionTh = Titles["legal-officer"].Th,
            chain = m.Actions.Select(a => new
            {
                sequence = a.Record.Sequence, action = a.Record.Action.ToString(), userName = a.Record.UserName,
                positionTh = Titles[a.Record.ActedFor].Th, positionEn = Titles[a.Record.ActedFor].En, capacity = "Self", note = a.Record.Note,
                dateThai = ThaiDate.Format(Local(a.Record.At)), marginalNote = Margin(a),
            }),
            attachments = Array.Empty<object>(),
            signedAt = signed.At, signedDateThai = ThaiDate.Format(Local(signed.At)),
        };
        return JsonSerializer.Serialize(memo, SnapshotJson);
    }

    private List<string> Margin(SeedAction a)
    {
        var lines = new List<string>();
        if (a.AddressedTo is not null)
            lines.Add($"เรียน {Titles[a.AddressedTo].Th}");
        lines.Add(a.Record.Action == ActionKind.Submit ? "- เสนอเพื่อโปรดพิจารณา" : $"- {a.Record.Note}");
        lines.Add($"({a.Record.UserName})");
        lines.Add(Titles[a.Record.ActedFor].Th);
        lines.Add(ThaiDate.Format(Local(a.Record.At)));
        return lines;
    }

    private static string EventPayload(SeedMemo m, SeedAction a) => JsonSerializer.Serialize(new
    {
        RegisterNumber = m.RegisterNumber, Subject = m.Subject, Note = a.Record.Note, AddressedTo = a.AddressedTo, Step = a.Record.Step,
        DocumentId = m.Id, Sequence = a.Record.Sequence, OccurredAt = a.Record.At, ActorUserId = a.Record.UserId,
        ActorName = a.Record.UserName, ActedFor = a.Record.ActedFor, Capacity = "Self",
    });

    private static string EventType(ActionKind action) => action switch
    {
        ActionKind.Submit => "DocumentSubmitted",
        ActionKind.Endorse => "EndorsementRecorded",
        ActionKind.Refuse => "DocumentRefused",
        _ => "DocumentSigned",
    };

    private DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _zone).DateTime);

    // EF Core stores Guids as upper-case text.
    private static string Id(Guid id) => id.ToString().ToUpperInvariant();

    private static HashSet<string> Columns(SqliteConnection db, string table)
    {
        using var c = db.CreateCommand();
        c.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var r = c.ExecuteReader();
        var names = new HashSet<string>();
        while (r.Read())
            names.Add(r.GetString(0));
        return names;
    }

    private static SqliteCommand Prepare(SqliteConnection db, string table, params string[] columns)
    {
        var c = db.CreateCommand();
        c.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
            c.Parameters.Add(new SqliteParameter($"$p{i}", null));
        return c;
    }

    private static void Run(SqliteCommand c, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            c.Parameters[i].Value = values[i] ?? DBNull.Value;
        c.ExecuteNonQuery();
    }
}
