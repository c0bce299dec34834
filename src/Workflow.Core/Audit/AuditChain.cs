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

    /// <summary>Entries written before order numbers and personal titles joined the hash.</summary>
    public const int FirstFormat = 1;

    /// <summary>Entries with format 1's fields, the order number and the personal title.</summary>
    public const int SecondFormat = 2;

    /// <summary>The format new entries are written in: format 2's fields and whether a second factor confirmed the action.</summary>
    public const int CurrentFormat = 3;

    // Each marker joins its format's hash first, so no entry's fields can ever hash like another format's.
    private const string Format2Marker = "memo-2";
    private const string Format3Marker = "memo-3";

    public static string Hash(string previousHash, AuditRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Format switch
        {
            FirstFormat => CanonicalHash(FirstFormatFields(previousHash, r)),
            SecondFormat => CanonicalHash([Format2Marker, .. FirstFormatFields(previousHash, r), Optional(r.OrderNumber), Optional(r.PersonalTitle)]),
            CurrentFormat => CanonicalHash([Format3Marker, .. FirstFormatFields(previousHash, r), Optional(r.OrderNumber), Optional(r.PersonalTitle),
                r.SecondFactor ? "2fa" : "-"]),
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.Format, "Unknown audit entry format."),
        };
    }

    // A fixed, culture-free field order, each field length-prefixed so no text can shift into its neighbour.
    // Never change it: every format-1 entry ever written is checked against exactly these fields.
    private static string[] FirstFormatFields(string previousHash, AuditRecord r) =>
    [
        previousHash,
        r.DocumentId.ToString("N"),
        r.Sequence.ToString(CultureInfo.InvariantCulture),
        r.Action.ToString(),
        r.UserId,
        r.UserName,
        r.ActedFor,
        r.Capacity.ToString(),
        r.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
        Optional(r.Note),
        r.FromStatus.ToString(),
        r.ToStatus.ToString(),
        r.Round.ToString(CultureInfo.InvariantCulture),
        r.Step.ToString(CultureInfo.InvariantCulture),
    ];

    private static string Optional(string? value) => value is null ? "-" : "+" + value;

    /// <summary>SHA-256 over the fields in order, each length-prefixed, as lower-case hex.</summary>
    internal static string CanonicalHash(IEnumerable<string> fields)
    {
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
            if (Unattested(e.Record) is { } reason)
                return new ChainBreak(e.Record.Sequence, reason);
            if (Hash(previous, e.Record) != e.Hash)
                return new ChainBreak(e.Record.Sequence, "hash does not match the entry's content");
            previous = e.Hash;
            expectedSequence++;
        }

        return null;
    }

    // A field its format's hash does not cover would be believed without proof: an order number written into a
    // format-1 entry afterwards must not pass.
    private static string? Unattested(AuditRecord r) => r.Format switch
    {
        FirstFormat when r.OrderNumber is not null || r.PersonalTitle is not null => "format 1 does not cover an order number or a personal title",
        FirstFormat or SecondFormat when r.SecondFactor => $"format {r.Format} does not cover a second factor",
        FirstFormat or SecondFormat or CurrentFormat => null,
        _ => $"unknown format {r.Format}",
    };

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
