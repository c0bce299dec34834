using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Workflow.Web.Options;

/// <summary>Where the data-protection keys (they protect sign-in cookies and bearer tokens) live and how they are encrypted at rest.</summary>
public sealed class KeyRingOptions : IValidatableObject
{
    public const string Section = "DataProtection";

    /// <summary>Folder of the key ring; relative paths are under the content root.</summary>
    [Required]
    public string KeysPath { get; set; } = "data/keys";

    /// <summary>PKCS#12 file (.pfx) whose certificate encrypts the key ring. Required outside Development.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/>; never logged.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Loads the certificate; null when none is configured.</summary>
    public X509Certificate2? LoadCertificate() =>
        string.IsNullOrEmpty(CertificatePath)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(CertificatePath))
            yield break;
        string? problem;
        try
        {
            using var certificate = LoadCertificate()!;
            problem = certificate.HasPrivateKey ? null : "holds no private key";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            // The exception's own text may echo the file's content or path only; never the password.
            problem = e is CryptographicException ? "cannot be read with DataProtection:CertificatePassword" : "cannot be opened";
        }

        if (problem is not null)
            yield return new ValidationResult($"DataProtection:CertificatePath '{CertificatePath}' {problem}.", ["DataProtection:CertificatePath"]);
    }
}
