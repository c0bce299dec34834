using Workflow.Core.Audit;

namespace Workflow.Core.Tests.Audit;

public sealed class AdminAuditChainTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static List<(AdminAuditRecord Record, string PreviousHash, string Hash)> Chain(params AdminAuditRecord[] records)
    {
        var previous = AuditChain.Genesis;
        var chain = new List<(AdminAuditRecord, string, string)>();
        foreach (var r in records)
        {
            var hash = AdminAuditChain.Hash(previous, r);
            chain.Add((r, previous, hash));
            previous = hash;
        }

        return chain;
    }

    private static AdminAuditRecord Entry(int sequence, string? before = null, string after = "{\"titleTh\":\"นายกเทศมนตรี\"}") =>
        new(sequence, At.AddMinutes(sequence), "admin-1", "ผู้ดูแลระบบ", "Post", "mayor", before is null ? "Created" : "Updated", before, after);

    [Fact]
    public void Verify_accepts_a_chain_written_in_order()
    {
        Assert.Null(AdminAuditChain.Verify(Chain(Entry(1), Entry(2, "{}"), Entry(3, "{}"))));
    }

    [Fact]
    public void Verify_names_the_entry_whose_after_changed()
    {
        var chain = Chain(Entry(1), Entry(2, "{}"), Entry(3, "{}"));
        chain[1] = (chain[1].Record with { After = "{\"titleTh\":\"นายกรัฐมนตรี\"}" }, chain[1].PreviousHash, chain[1].Hash);

        Assert.Equal(2, AdminAuditChain.Verify(chain)?.Sequence);
    }

    [Fact]
    public void Verify_names_the_gap_when_an_entry_was_removed()
    {
        var chain = Chain(Entry(1), Entry(2, "{}"), Entry(3, "{}"));
        chain.RemoveAt(1);

        Assert.Equal(3, AdminAuditChain.Verify(chain)?.Sequence);
    }

    [Fact]
    public void Hash_differs_when_before_is_absent_or_empty()
    {
        Assert.NotEqual(AdminAuditChain.Hash(AuditChain.Genesis, Entry(1) with { Before = null }),
            AdminAuditChain.Hash(AuditChain.Genesis, Entry(1) with { Before = "" }));
    }

    [Fact]
    public void Hash_is_sha256_hex_and_depends_on_the_previous_hash()
    {
        var first = AdminAuditChain.Hash(AuditChain.Genesis, Entry(1));

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.NotEqual(first, AdminAuditChain.Hash("1" + AuditChain.Genesis[1..], Entry(1)));
    }
}
