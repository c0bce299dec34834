using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Sealing;

/// <summary>
/// The municipality's PAdES seal (baseline B-B; B-T with Seal:TimestampUrl), written as an incremental update so the
/// renderer's bytes stay as they were, with a /ByteRange that leaves out exactly the /Contents hex string.
/// </summary>
public sealed class PadesSeal(SealCertificate certificate, CadesSignature cades, IOptions<SealOptions> options, TimeProvider clock) : IPdfSeal
{
    public async Task<SealedPdf> SealAsync(byte[] pdf, CancellationToken ct)
    {
        var seal = certificate.Certificate;
        var now = clock.GetUtcNow();
        if (now < seal.NotBefore.ToUniversalTime() || now > seal.NotAfter.ToUniversalTime())
            throw new SealUnavailableException($"The seal certificate '{certificate.Subject}' is valid from {seal.NotBefore:u} to {seal.NotAfter:u}, not now.");
        // /M has whole seconds: the answer carries the same time the file does.
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var (prepared, start, end) = PdfIncrementalUpdate.Prepare(pdf, signedAt);
        var signedBytes = new byte[prepared.Length - (end - start)];
        prepared.AsSpan(0, start).CopyTo(signedBytes);
        prepared.AsSpan(end).CopyTo(signedBytes.AsSpan(start));
        var url = string.IsNullOrEmpty(options.Value.TimestampUrl) ? null : new Uri(options.Value.TimestampUrl);
        var cms = await cades.SignAsync(signedBytes, seal, url, ct);
        if (cms.Length > PdfIncrementalUpdate.ContentsBytes)
            throw new CryptographicException($"The seal ({cms.Length} bytes) does not fit its {PdfIncrementalUpdate.ContentsBytes}-byte place.");
        var hex = System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(cms));
        hex.CopyTo(prepared, start + 1);
        return new SealedPdf(prepared, certificate.Subject, signedAt);
    }

    public SealCheck Check(ReadOnlySpan<byte> pdf) => SealReader.Check(pdf, certificate.Certificate);
}
