using Workflow.Core.Audit;
using Workflow.Core.Engine;

namespace Workflow.Bench;

/// <summary>One action of a seeded memo, already chained.</summary>
public sealed record SeedAction(AuditRecord Record, string? AddressedTo, string PreviousHash, string Hash);

/// <summary>A seeded memo: its row, its actions (each becomes an audit entry, an outbox row and a journal entry).</summary>
public sealed record SeedMemo(Guid Id, string Subject, DateTimeOffset CreatedAt, string? RegisterNumber, DocumentStatus Status,
    int CurrentStep, int HighestStepReached, string? WaitingFor, IReadOnlyList<SeedAction> Actions)
{
    public DateTimeOffset UpdatedAt => Actions.Count == 0 ? CreatedAt : Actions[^1].Record.At;
}

/// <summary>A demo user as stored: id, name, the post they act for and their personal title.</summary>
public sealed record SeedUser(string Id, string Name, string Position, string? PersonalTitle);

/// <summary>
/// The shape of a realistic year of memos on the reference route: most signed and published, the newest ones still
/// waiting in the approvers' inboxes or as drafts, a few refused by the municipal clerk.
/// </summary>
public sealed class SeedPlan(IReadOnlyList<SeedUser> route, Random random)
{
    // route[0] writes and submits; route[1..3] endorse; route[4] signs.
    private static readonly string[] Subjects =
    [
        "รายงานผลการพิจารณาทางกฎหมาย", "ขออนุญาตเผยแพร่ประกาศผลการจัดซื้อจัดจ้าง", "ขออนุมัติเดินทางไปราชการ",
        "รายงานผลการดำเนินงานประจำไตรมาส", "ขอความเห็นชอบร่างระเบียบเทศบาล", "ขออนุญาตใช้อาคารอเนกประสงค์",
        "รายงานการตรวจสอบเรื่องร้องเรียน", "ขออนุมัติแผนการฝึกอบรมบุคลากร",
    ];

    public SeedMemo Next(int index, DateTimeOffset createdAt, DateTimeOffset now, bool recent, ref int lastNumber, Func<int, string> number)
    {
        var kind = random.NextDouble();
        var (status, actions) = recent
            ? kind < 0.25 ? (DocumentStatus.Draft, 0) : (DocumentStatus.InRoute, 1 + random.Next(4))
            : kind < 0.022 ? (DocumentStatus.Refused, 4) : (DocumentStatus.Signed, 5);
        var id = Guid.CreateVersion7(createdAt);
        var subject = $"{Subjects[index % Subjects.Length]} ครั้งที่ {index + 1}";
        var chain = new List<SeedAction>(actions);
        var previous = AuditChain.Genesis;
        var at = createdAt;
        for (var seq = 1; seq <= actions; seq++)
        {
            // Hours apart for older memos; minutes for the newest, so nothing lies in the future.
            at += recent ? TimeSpan.FromSeconds(random.Next(30, 600)) : TimeSpan.FromMinutes(random.Next(10, 600));
            if (at > now)
                at = now - TimeSpan.FromSeconds(actions - seq + 1);
            var step = seq - 1 - (seq > 1 ? 1 : 0);
            var (action, user, note, to, from, target) = seq switch
            {
                1 => (ActionKind.Submit, route[0], (string?)null, (string?)null, DocumentStatus.Draft, DocumentStatus.InRoute),
                4 when status == DocumentStatus.Refused => (ActionKind.Refuse, route[3], "ไม่เป็นไปตามระเบียบ", null, DocumentStatus.InRoute, DocumentStatus.Refused),
                5 => (ActionKind.Sign, route[4], "อนุญาต", null, DocumentStatus.InRoute, DocumentStatus.Signed),
                _ => (ActionKind.Endorse, route[seq - 1], seq == 3 ? "เห็นควรอนุญาต" : "เพื่อโปรดทราบ", route[seq].Position, DocumentStatus.InRoute, DocumentStatus.InRoute),
            };
            // The format and fields the service writes today (its personal title, no second factor: the bench signs with a password).
            var record = new AuditRecord(id, seq, action, user.Id, user.Name, user.Position, Capacity.Self, at, note, from, target, 1, Math.Max(step, 0),
                PersonalTitle: user.PersonalTitle, Format: AuditChain.CurrentFormat);
            var hash = AuditChain.Hash(previous, record);
            chain.Add(new SeedAction(record, to, previous, hash));
            previous = hash;
        }

        var registerNumber = actions > 0 ? number(++lastNumber) : null;
        var current = status switch
        {
            DocumentStatus.Draft => 0,
            DocumentStatus.InRoute => actions - 1,
            DocumentStatus.Refused => 2,
            _ => 3,
        };
        return new SeedMemo(id, subject, createdAt, registerNumber, status, current, status == DocumentStatus.Draft ? -1 : current,
            status == DocumentStatus.InRoute ? route[current + 1].Position : null, chain);
    }
}
