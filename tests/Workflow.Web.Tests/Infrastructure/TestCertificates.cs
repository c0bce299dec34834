using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Self-signed certificates made on the spot: a key-ring certificate (PKCS#12) and a TLS one for a test proxy (PEM).</summary>
public static class TestCertificates
{
    public const string Password = "test-pfx-password-0123";

    public static X509Certificate2 SelfSigned(string subject, params string[] dnsNames)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (dnsNames.Length > 0)
        {
            var names = new SubjectAlternativeNameBuilder();
            foreach (var name in dnsNames)
                names.AddDnsName(name);
            names.AddIpAddress(System.Net.IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
    }

    /// <summary>Writes a PKCS#12 file protected by <see cref="Password"/> and answers its path.</summary>
    public static string WritePfx(string folder, string subject = "Workflow test key ring")
    {
        using var certificate = SelfSigned(subject);
        var path = Path.Combine(folder, "keyring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    public const string SealSubject = "Workflow test municipality seal";

    /// <summary>Writes the seal's PKCS#12 file (seal.pfx, <see cref="Password"/>) and answers its path.</summary>
    public static string WriteSealPfx(string folder, string subject = SealSubject)
    {
        using var certificate = SelfSigned(subject);
        var path = Path.Combine(folder, "seal.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    /// <summary>Writes cert.pem and key.pem for a TLS server named localhost; answers both paths.</summary>
    public static (string Certificate, string Key) WritePem(string folder)
    {
        using var certificate = SelfSigned("localhost", "localhost");
        var cert = Path.Combine(folder, "cert.pem");
        var key = Path.Combine(folder, "key.pem");
        File.WriteAllText(cert, certificate.ExportCertificatePem());
        File.WriteAllText(key, certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return (cert, key);
    }
}
