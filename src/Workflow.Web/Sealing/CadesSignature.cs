using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Workflow.Web.Sealing;

/// <summary>
/// The CMS of a PAdES seal: SignedData detached over the byte ranges, signed attributes content-type, message-digest
/// (both added by SignedCms) and signing-certificate-v2 (RFC 5035, required by PAdES B-B); no signing-time, PAdES
/// puts the time in /M. With a time-stamp authority, its RFC 3161 token over the signature value is added (B-T).
/// </summary>
public sealed class CadesSignature(HttpClient http)
{
    private const string TimeStampToken = "1.2.840.113549.1.9.16.2.14";

    public async Task<byte[]> SignAsync(byte[] signedBytes, X509Certificate2 certificate, Uri? timestampUrl, CancellationToken ct)
    {
        var cms = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.7.1"), signedBytes), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(EssSigningCertificate.Oid, EssSigningCertificate.Encode(certificate)));
        cms.ComputeSignature(signer, silent: true);
        if (timestampUrl is not null)
        {
            var info = cms.SignerInfos[0];
            var token = await TimestampAsync(info.GetSignature(), timestampUrl, ct);
            info.AddUnsignedAttribute(new AsnEncodedData(TimeStampToken, token));
        }
        return cms.Encode();
    }

    private async Task<byte[]> TimestampAsync(byte[] signature, Uri url, CancellationToken ct)
    {
        var request = Rfc3161TimestampRequest.CreateFromData(signature, HashAlgorithmName.SHA256,
            nonce: RandomNumberGenerator.GetBytes(8), requestSignerCertificates: true);
        try
        {
            using var body = new ByteArrayContent(request.Encode());
            body.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
            using var response = await http.PostAsync(url, body, ct);
            response.EnsureSuccessStatusCode();
            var token = request.ProcessResponse(await response.Content.ReadAsByteArrayAsync(ct), out _);
            return token.AsSignedCms().Encode();
        }
        catch (Exception e) when (e is HttpRequestException or CryptographicException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new SealUnavailableException($"The time-stamp authority {url.GetLeftPart(UriPartial.Path)} gave no time-stamp.", e);
        }
    }
}
