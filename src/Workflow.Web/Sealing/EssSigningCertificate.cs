using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Workflow.Web.Sealing;

/// <summary>
/// The ESS signing-certificate-v2 attribute value (RFC 5035): binds the signature to the certificate that made it,
/// so a certificate with the same key cannot be swapped in. PAdES B-B requires it; RFC 3161 tokens carry it too.
/// </summary>
public static class EssSigningCertificate
{
    public const string Oid = "1.2.840.113549.1.9.16.2.47";

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, the hash algorithm the default SHA-256.</summary>
    public static byte[] Encode(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                writer.WriteInteger(certificate.SerialNumberBytes.Span);
            }
        }
        return writer.Encode();
    }
}
