using Workflow.Core.Audit;
using Workflow.Core.Engine;

namespace Workflow.Core.Tests.Audit;

/// <summary>Format 3 puts the second factor into the hash; entries in formats 1 and 2 keep verifying.</summary>
public class AuditSecondFactorFormatTests
{
    private static readonly AuditRecord Signature = new(Guid.Parse("6f1c2a4e-0000-4000-8000-000000000003"), 1, ActionKind.Sign,
        "user-1", "ผู้ใช้ 1", "mayor", Capacity.Self, new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(7)), null,
        DocumentStatus.InRoute, DocumentStatus.Signed, 1, 1, null, "นายกเทศมนตรี", AuditChain.CurrentFormat, SecondFactor: true);

    private static StoredAuditEntry Stored(AuditRecord r) => new(r, AuditChain.Genesis, AuditChain.Hash(AuditChain.Genesis, r));

    [Fact]
    public void The_second_factor_changes_a_format_3_hash()
    {
        Assert.Equal(3, AuditChain.CurrentFormat);
        Assert.NotEqual(AuditChain.Hash(AuditChain.Genesis, Signature), AuditChain.Hash(AuditChain.Genesis, Signature with { SecondFactor = false }));
        Assert.NotEqual(AuditChain.Hash(AuditChain.Genesis, Signature with { SecondFactor = false }),
            AuditChain.Hash(AuditChain.Genesis, Signature with { SecondFactor = false, Format = AuditChain.SecondFormat }));
    }

    [Fact]
    public void A_format_3_entry_verifies_and_a_flipped_second_factor_breaks_it()
    {
        var entry = Stored(Signature);
        Assert.Null(AuditChain.Verify([entry]));
        var tampered = entry with { Record = Signature with { SecondFactor = false } };
        Assert.Equal(1, AuditChain.Verify([tampered])?.Sequence);
    }

    [Theory]
    [InlineData(AuditChain.FirstFormat)]
    [InlineData(AuditChain.SecondFormat)]
    public void Older_formats_keep_verifying_but_cannot_claim_a_second_factor(int format)
    {
        var old = Signature with { Format = format, SecondFactor = false, PersonalTitle = format == 1 ? null : Signature.PersonalTitle };
        Assert.Null(AuditChain.Verify([Stored(old)]));
        var claimed = Stored(old) with { Record = old with { SecondFactor = true } };
        Assert.NotNull(AuditChain.Verify([claimed]));
    }
}
