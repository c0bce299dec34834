using System.Globalization;

namespace Workflow.Core.Audit;

/// <summary>
/// The administration trail: one SHA-256 chain over every change to the organisation, its posts, people and
/// assignments, in sequence order, so an edited, removed or reordered entry breaks every hash after it.
/// </summary>
public static class AdminAuditChain
{
    /// <summary>Joins the hash, so a field added later (in a new format) cannot be confused with an old entry's.</summary>
    public const string Format = "admin-1";

    public static string Hash(string previousHash, AdminAuditRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return AuditChain.CanonicalHash(
        [
            Format,
            previousHash,
            r.Sequence.ToString(CultureInfo.InvariantCulture),
            r.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            r.ActorId,
            r.ActorName,
            r.SubjectKind,
            r.SubjectId,
            r.Action,
            r.Before is null ? "-" : "+" + r.Before,
            r.After is null ? "-" : "+" + r.After,
        ]);
    }

    /// <summary>Recomputes the chain in sequence order; returns the first entry that does not match, or null.</summary>
    public static ChainBreak? Verify(IEnumerable<(AdminAuditRecord Record, string PreviousHash, string Hash)> entries)
    {
        var previous = AuditChain.Genesis;
        var expected = 1;
        foreach (var (record, previousHash, hash) in entries.OrderBy(e => e.Record.Sequence))
        {
            if (record.Sequence != expected)
                return new ChainBreak(record.Sequence, $"expected sequence {expected}");
            if (previousHash != previous)
                return new ChainBreak(record.Sequence, "previous hash does not match the entry before it");
            if (Hash(previous, record) != hash)
                return new ChainBreak(record.Sequence, "hash does not match the entry's content");
            previous = hash;
            expected++;
        }

        return null;
    }
}
