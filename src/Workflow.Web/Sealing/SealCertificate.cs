using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Workflow.Web.Administration;
using Workflow.Web.Options;

namespace Workflow.Web.Sealing;

/// <summary>
/// The certificate the service seals with: the configured PKCS#12 file, or in Development without one the demo
/// certificate kept beside the data-protection keys. Loaded once; options validation has already proved it opens.
/// </summary>
public sealed class SealCertificate(IOptions<SealOptions> seal, IOptions<KeyRingOptions> keyRing, IHostEnvironment environment,
    OrganisationProfile organisation) : IDisposable
{
    // First used after start-up has loaded the organisation profile (and the demo seed has named it).
    private readonly Lazy<X509Certificate2> certificate = new(() => Load(seal.Value, keyRing.Value, environment, organisation.Current.NameTh));

    public X509Certificate2 Certificate => certificate.Value;

    public string Subject => Certificate.GetNameInfo(X509NameType.SimpleName, false);

    private static X509Certificate2 Load(SealOptions seal, KeyRingOptions keyRing, IHostEnvironment environment, string organisationName)
    {
        if (!string.IsNullOrEmpty(seal.CertificatePath))
            return seal.LoadCertificate();
        var keys = Path.GetFullPath(Path.Combine(environment.ContentRootPath, keyRing.KeysPath));
        return DemoSealCertificate.LoadOrCreate(keys, organisationName);
    }

    public void Dispose()
    {
        if (certificate.IsValueCreated)
            certificate.Value.Dispose();
    }
}
