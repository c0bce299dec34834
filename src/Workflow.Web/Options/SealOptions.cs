using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Workflow.Web.Options;

/// <summary>The municipality's seal certificate (PKCS#12) and, optionally, the time-stamp authority for PAdES B-T.</summary>
public sealed class SealOptions : IValidatableObject
{
    public const string Section = "Seal";

    /// <summary>PKCS#12 file (.pfx) with the seal certificate and its private key. Required outside Development.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/>; never logged.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>RFC 3161 time-stamp authority (absolute http or https URL); when set, seals are PAdES B-T.</summary>
    public string? TimestampUrl { get; set; }

    public X509Certificate2 LoadCertificate() =>
        X509CertificateLoader.LoadPkcs12FromFile(CertificatePath!, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(TimestampUrl)
            && !(Uri.TryCreate(TimestampUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            yield return new ValidationResult("Seal:TimestampUrl must be an absolute http or https URL.", ["Seal:TimestampUrl"]);
        if (string.IsNullOrEmpty(CertificatePath))
            yield break;
        string? problem;
        try
        {
            using var certificate = LoadCertificate();
            problem = certificate.HasPrivateKey ? null : "holds no private key";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            // Only the setting names go into the message: never the password.
            problem = e is CryptographicException ? "cannot be read with Seal:CertificatePassword" : "cannot be opened";
        }

        if (problem is not null)
            yield return new ValidationResult($"Seal:CertificatePath '{CertificatePath}' {problem}.", ["Seal:CertificatePath"]);
    }
}
