namespace Workflow.Web.Sealing;

/// <summary>What a PDF's seal says, as the verify page reports it.</summary>
/// <param name="Sealed">The file carries a PDF signature at all.</param>
/// <param name="Intact">The signature verifies and the signed bytes are unchanged.</param>
/// <param name="CoversWholeFile">The signed byte range is the whole file (nothing appended after sealing).</param>
/// <param name="ByThisMunicipality">The sealing certificate is the one this service seals with.</param>
public sealed record SealCheck(bool Sealed, bool Intact, bool CoversWholeFile, bool ByThisMunicipality, string? SealedBy, DateTimeOffset? SealedAt)
{
    public static readonly SealCheck None = new(false, false, false, false, null, null);

    public bool Genuine => Sealed && Intact && CoversWholeFile && ByThisMunicipality;
}
