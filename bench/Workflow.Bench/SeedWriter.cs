using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Workflow.Core.Engine;
using Workflow.Core.Formatting;
using Workflow.Web.Data;

namespace Workflow.Bench;

/// <summary>Turns a planned memo into the service's own entities, with the values the service itself would store.</summary>
public sealed class SeedWriter(string routeHash, TimeZoneInfo zone, SeedUser author, int registerYear)
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

    public void Add(WorkflowDbContext db, SeedMemo m)
    {
        var submitted = m.Actions.Count > 0 ? m.Actions[0].Record : null;
        DateOnly? memoDate = submitted is null ? null : Local(submitted.At);
        db.Documents.Add(new Document
        {
            Id = m.Id, RouteId = "memo-approval", RouteVersion = 1, RouteHash = routeHash, AuthorId = author.Id, AuthorName = author.Name,
            AuthorPosition = author.Position, AuthorTitle = author.PersonalTitle, Issuer = Issuer, RegisterNumber = m.RegisterNumber,
            RegisterYear = m.RegisterNumber is null ? null : registerYear, MemoDate = memoDate, Subject = m.Subject, Salutation = Salutation, Body = Body,
            Status = m.Status, CurrentStep = m.CurrentStep, Round = m.Status == DocumentStatus.Draft ? 0 : 1, HighestStepReached = m.HighestStepReached,
            WaitingFor = m.WaitingFor, WaitingSince = m.WaitingFor is null ? null : m.UpdatedAt, CreatedAt = m.CreatedAt, UpdatedAt = m.UpdatedAt,
            // The anchor of the chain, as the service keeps it with the state: count and last hash.
            AuditCount = m.Actions.Count, AuditHead = m.Actions.Count == 0 ? null : m.Actions[^1].Hash, Version = m.Actions.Count,
        });
        foreach (var a in m.Actions)
        {
            var r = a.Record;
            db.AuditEntries.Add(new AuditEntry
            {
                Format = r.Format, DocumentId = m.Id, Sequence = r.Sequence, Action = r.Action, UserId = r.UserId, UserName = r.UserName,
                ActedFor = r.ActedFor, Capacity = r.Capacity, OrderNumber = r.OrderNumber, PersonalTitle = r.PersonalTitle, At = r.At,
                SecondFactor = r.SecondFactor, Note = r.Note, AddressedTo = a.AddressedTo, FromStatus = r.FromStatus, ToStatus = r.ToStatus,
                Round = r.Round, Step = r.Step, PreviousHash = a.PreviousHash, Hash = a.Hash,
            });
            var messageId = Guid.NewGuid();
            var type = EventType(r.Action);
            var sent = r.At.AddMilliseconds(2);
            db.Outbox.Add(new OutboxMessage { MessageId = messageId, DocumentId = m.Id, Type = type, Payload = EventPayload(m, a), CreatedAt = r.At, SentAt = sent, Attempts = 1 });
            db.MessageJournal.Add(new MessageJournalEntry { MessageId = messageId, DocumentId = m.Id, Type = type, Sequence = r.Sequence, SentAt = sent, ConsumedAt = sent.AddMilliseconds(1) });
        }

        if (m.Status == DocumentStatus.Signed)
        {
            var signedAt = m.Actions[^1].Record.At;
            var snapshot = Snapshot(m, memoDate!.Value);
            db.Publications.Add(new Publication
            {
                Id = Guid.CreateVersion7(signedAt), DocumentId = m.Id, RegisterNumber = m.RegisterNumber!, Subject = m.Subject, SignedAt = signedAt,
                PublishedAt = signedAt.AddMilliseconds(5), Snapshot = snapshot,
                SnapshotHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot))),
            });
        }
    }

    private string Snapshot(SeedMemo m, DateOnly memoDate)
    {
        var signed = m.Actions[^1].Record;
        var memo = new
        {
            documentId = m.Id, routeId = "memo-approval", registerNumber = m.RegisterNumber, memoDateThai = ThaiDate.Format(memoDate),
            issuer = Issuer, subject = m.Subject, salutation = Salutation,
            paragraphs = Body.Split("\n\n"), authorName = author.Name, authorPositionTh = Titles["legal-officer"].Th,
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

    private DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
