using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflow.Core.Audit;

/// <summary>
/// SHA-256 hash chain over a document's audit entries: each hash covers the entry's facts and the
/// previous entry's hash, so changing, removing or reordering any entry breaks every hash after it.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hash(string previousHash, AuditRecord r)
    {
        // A fixed, culture-free field order, each field length-prefixed so no text can shift into its neighbour.
        var fields = new[]
        {
            previousHash,
            r.DocumentId.ToString("N"),
            r.Sequence.ToString(CultureInfo.InvariantCulture),
            r.Action.ToString(),
            r.UserId,
            r.UserName,
            r.ActedFor,
            r.Capacity.ToString(),
            r.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            r.Note is null ? "-" : "+" + r.Note,
            r.FromStatus.ToString(),
            r.ToStatus.ToString(),
            r.Round.ToString(CultureInfo.InvariantCulture),
            r.Step.ToString(CultureInfo.InvariantCulture),
        };
        var canonical = string.Concat(fields.Select(f => $"{f.Length}:{f}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Recomputes the chain in sequence order; returns the first entry that does not match, or null.</summary>
    public static ChainBreak? Verify(IEnumerable<StoredAuditEntry> entries)
    {
        var previous = Genesis;
        var expectedSequence = 1;
        foreach (var e in entries.OrderBy(e => e.Record.Sequence))
        {
            if (e.Record.Sequence != expectedSequence)
                return new ChainBreak(e.Record.Sequence, $"expected sequence {expectedSequence}");
            if (e.PreviousHash != previous)
                return new ChainBreak(e.Record.Sequence, "previous hash does not match the entry before it");
            if (Hash(previous, e.Record) != e.Hash)
                return new ChainBreak(e.Record.Sequence, "hash does not match the entry's content");
            previous = e.Hash;
            expectedSequence++;
        }

        return null;
    }

    /// <summary>
    /// Checks the chain's end against the count and last hash kept with the document, which catches what the
    /// chain alone cannot: the newest entries deleted. Call after <see cref="Verify"/> found no break.
    /// </summary>
    public static ChainBreak? VerifyHead(IEnumerable<StoredAuditEntry> entries, int expectedCount, string? expectedHead)
    {
        var list = entries.OrderBy(e => e.Record.Sequence).ToList();
        if (list.Count < expectedCount)
            return new ChainBreak(list.Count + 1, $"entries {list.Count + 1} to {expectedCount} are missing");
        if (list.Count > expectedCount)
            return new ChainBreak(expectedCount + 1, "entry was added outside the service");
        var head = list.Count == 0 ? null : list[^1].Hash;
        return head == expectedHead ? null : new ChainBreak(list.Count, "last entry does not match the hash kept with the document");
    }
}
