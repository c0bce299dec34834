namespace Workflow.Web.Sealing;

/// <summary>
/// The municipality's seal on a PDF (PAdES baseline B-B, B-T with a time-stamp authority), and the check of a PDF
/// someone hands back (the verify page). Sealing refuses with <see cref="SealUnavailableException"/> when the
/// certificate cannot seal (expired, not yet valid): the publication then waits instead of carrying a bad seal.
/// </summary>
public interface IPdfSeal
{
    Task<SealedPdf> SealAsync(byte[] pdf, CancellationToken ct);

    /// <summary>Whether the file carries a seal, whether it is intact and covers the whole file, and whose it is.</summary>
    SealCheck Check(ReadOnlySpan<byte> pdf);
}
