using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Workflow.Web.Sealing;

/// <summary>
/// The Development seal: a self-signed certificate made on first start, kept as seal-demo.pfx beside the key ring with
/// a random password in a file only the service account can read, so later starts seal with the same certificate.
/// Its subject is the organisation's name, as a real seal's is, so readers show who sealed; a kept file stays as it is.
/// </summary>
public static class DemoSealCertificate
{
    public const string FileName = "seal-demo.pfx";
    public const string PasswordFileName = "seal-demo.password";
    /// <summary>The subject when the organisation has no name yet (a first start without the demo seed).</summary>
    public const string FallbackSubject = "Workflow demo seal";

    public static X509Certificate2 LoadOrCreate(string folder, string organisationName)
    {
        var pfx = Path.Combine(folder, FileName);
        var passwordFile = Path.Combine(folder, PasswordFileName);
        if (File.Exists(pfx) && File.Exists(passwordFile))
            return X509CertificateLoader.LoadPkcs12FromFile(pfx, File.ReadAllText(passwordFile), X509KeyStorageFlags.EphemeralKeySet);

        Directory.CreateDirectory(folder);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        File.WriteAllText(passwordFile, password);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using var certificate = Create(string.IsNullOrWhiteSpace(organisationName) ? FallbackSubject : organisationName.Trim());
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, password));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(pfx, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return X509CertificateLoader.LoadPkcs12FromFile(pfx, password, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static X509Certificate2 Create(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        // The builder escapes and encodes the name (UTF8String for Thai); a "CN=..." string would need escaping by hand.
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(subject);
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
    }
}
