using Workflow.Core.Audit;
using Workflow.Core.Engine;

namespace Workflow.Core.Tests.Audit;

public class AuditChainTests
{
    private static readonly Guid DocumentId = Guid.Parse("6f1c2a4e-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset Start = new(2026, 4, 28, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>A memo's history: submitted, endorsed twice (once by an acting holder), signed.</summary>
    private static List<StoredAuditEntry> Chain()
    {
        AuditRecord[] records =
        [
            Record(1, ActionKind.Submit, "legal-officer", Capacity.Self, null, DocumentStatus.Draft, DocumentStatus.InRoute, 0),
            Record(2, ActionKind.Endorse, "section-head-admin", Capacity.Self, "เพื่อโปรดทราบ", DocumentStatus.InRoute, DocumentStatus.InRoute, 1),
            Record(3, ActionKind.Endorse, "head-clerk-office", Capacity.Acting, "เห็นควรอนุญาต", DocumentStatus.InRoute, DocumentStatus.InRoute, 2),
            Record(4, ActionKind.Sign, "mayor", Capacity.Self, null, DocumentStatus.InRoute, DocumentStatus.Signed, 3),
        ];
        var entries = new List<StoredAuditEntry>();
        var previous = AuditChain.Genesis;
        foreach (var record in records)
        {
            var hash = AuditChain.Hash(previous, record);
            entries.Add(new StoredAuditEntry(record, previous, hash));
            previous = hash;
        }

        return entries;
    }

    private static AuditRecord Record(int sequence, ActionKind action, string actedFor, Capacity capacity, string? note,
        DocumentStatus from, DocumentStatus to, int step) =>
        new(DocumentId, sequence, action, $"user-{sequence}", $"ผู้ใช้ {sequence}", actedFor, capacity,
            Start.AddHours(sequence), note, from, to, 1, step);

    [Fact]
    public void Verify_accepts_an_untouched_chain() => Assert.Null(AuditChain.Verify(Chain()));

    [Fact]
    public void Verify_accepts_an_empty_history() => Assert.Null(AuditChain.Verify([]));

    [Fact]
    public void Verify_follows_sequence_numbers_not_the_order_entries_are_read_in()
    {
        var chain = Chain();
        chain.Reverse();

        Assert.Null(AuditChain.Verify(chain));
    }

    [Fact]
    public void VerifyHead_accepts_a_chain_that_ends_where_the_document_says()
    {
        var chain = Chain();

        Assert.Null(AuditChain.VerifyHead(chain, 4, chain[^1].Hash));
    }

    [Fact]
    public void VerifyHead_names_the_first_missing_entry_when_the_newest_were_deleted()
    {
        var chain = Chain();
        var head = chain[^1].Hash;
        chain.RemoveRange(2, 2);

        Assert.Null(AuditChain.Verify(chain));
        Assert.Equal(3, AuditChain.VerifyHead(chain, 4, head)?.Sequence);
    }

    [Fact]
    public void VerifyHead_names_the_last_entry_when_it_was_replaced_by_a_rehashed_forgery()
    {
        var chain = Chain();
        var head = chain[^1].Hash;
        var forged = chain[^1].Record with { Note = "ไม่อนุญาต" };
        chain[^1] = new StoredAuditEntry(forged, chain[^1].PreviousHash, AuditChain.Hash(chain[^1].PreviousHash, forged));

        Assert.Null(AuditChain.Verify(chain));
        Assert.Equal(4, AuditChain.VerifyHead(chain, 4, head)?.Sequence);
    }

    [Fact]
    public void Verify_names_the_entry_whose_note_was_changed()
    {
        var chain = Chain();
        chain[1] = chain[1] with { Record = chain[1].Record with { Note = "เห็นควรไม่อนุญาต" } };

        Assert.Equal(2, AuditChain.Verify(chain)?.Sequence);
    }

    [Fact]
    public void Verify_names_the_entry_whose_timestamp_was_changed()
    {
        var chain = Chain();
        chain[2] = chain[2] with { Record = chain[2].Record with { At = chain[2].Record.At.AddMinutes(-30) } };

        Assert.Equal(3, AuditChain.Verify(chain)?.Sequence);
    }

    [Fact]
    public void Verify_names_the_entry_whose_capacity_was_changed()
    {
        var chain = Chain();
        chain[2] = chain[2] with { Record = chain[2].Record with { Capacity = Capacity.Self } };

        Assert.Equal(3, AuditChain.Verify(chain)?.Sequence);
    }

    [Fact]
    public void Verify_names_the_entry_after_a_deleted_one()
    {
        var chain = Chain();
        chain.RemoveAt(1);

        Assert.Equal(3, AuditChain.Verify(chain)?.Sequence);
    }

    [Fact]
    public void Verify_names_the_first_entry_of_two_swapped_in_order()
    {
        var chain = Chain();
        var (second, third) = (chain[1], chain[2]);
        chain[1] = third with { Record = third.Record with { Sequence = 2 } };
        chain[2] = second with { Record = second.Record with { Sequence = 3 } };

        Assert.Equal(2, AuditChain.Verify(chain)?.Sequence);
    }

    [Fact]
    public void Verify_names_an_entry_rehashed_after_tampering_because_the_next_entry_no_longer_links_to_it()
    {
        var chain = Chain();
        var forged = chain[1].Record with { Note = "แก้ไขภายหลัง" };
        chain[1] = chain[1] with { Record = forged, Hash = AuditChain.Hash(chain[1].PreviousHash, forged) };

        Assert.Equal(3, AuditChain.Verify(chain)?.Sequence);
    }

    [Fact]
    public void Hash_differs_for_a_missing_note_and_an_empty_note()
    {
        var record = Chain()[0].Record;

        Assert.NotEqual(AuditChain.Hash(AuditChain.Genesis, record with { Note = null }),
            AuditChain.Hash(AuditChain.Genesis, record with { Note = "" }));
    }
}
