using Workflow.Web.Administration;
using Workflow.Web.Pdf;
using Workflow.Web.Sealing;

namespace Workflow.Web.Public;

/// <summary>What a publication records of its PDF.</summary>
public sealed record StoredPdf(string Sha256, long Size, string SealedBy, DateTimeOffset SealedAt);

/// <summary>
/// The official PDF of a publication: rendered from the frozen snapshot with the organisation's emblem and name as
/// they are now, sealed with the municipality's certificate, stored by its hash. Called only while no publication of
/// the document exists; once one does, its PDF is never made again (ADR 29).
/// </summary>
public sealed class PublicationPdf(IMemoPdfRenderer renderer, IPdfSeal seal, PublicationFiles files, OrganisationProfile organisation)
{
    /// <exception cref="SealUnavailableException">The seal cannot be made now: the publication waits.</exception>
    public async Task<StoredPdf> MakeAsync(PublishedMemo memo, CancellationToken ct)
    {
        var pdf = renderer.Render(memo, new MemoLetterhead(organisation.Emblem, organisation.Current.NameTh));
        var sealedPdf = await seal.SealAsync(pdf, ct);
        var sha = await files.StoreAsync(sealedPdf.Bytes, ct);
        return new StoredPdf(sha, sealedPdf.Bytes.Length, sealedPdf.SealedBy, sealedPdf.SealedAt);
    }
}
