using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Workflow.Web.Options;

namespace Workflow.Web.Hosting;

/// <summary>
/// The data-protection key ring: kept in a folder (so sign-ins survive a restart), or in the database on PostgreSQL, and, when a certificate is configured
/// (required outside Development), encrypted at rest with it, so a copied keys folder alone forges no cookie or token.
/// </summary>
public static class KeyRingSetup
{
    public static WebApplicationBuilder AddKeyRing(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(KeyRingOptions.Section);
        builder.Services.AddOptions<KeyRingOptions>().Bind(section).ValidateDataAnnotations()
            .Validate<IHostEnvironment>((o, env) => env.IsDevelopment() || !string.IsNullOrEmpty(o.CertificatePath),
                "DataProtection:CertificatePath (a PKCS#12 file) and DataProtection:CertificatePassword must be set outside Development: they encrypt the key ring at rest.")
            .ValidateOnStart();

        var settings = section.Get<KeyRingOptions>() ?? new KeyRingOptions();
        var keys = builder.Services.AddDataProtection().SetApplicationName("Workflow.Web");
        // On PostgreSQL several instances share one key ring, so a cookie or token of one is good on every other (ADR 33).
        if (builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Kind == DatabaseProvider.PostgreSql)
            keys.PersistKeysToDbContext<Data.WorkflowDbContext>();
        else
            keys.PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, settings.KeysPath))));
        // A certificate that does not load is reported by the options validation at start-up, which stops the host.
        if (TryLoad(settings) is { } certificate)
            // Linux has no certificate store to look the decryption key up in: the decryptor is handed the certificate.
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return builder;
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2? TryLoad(KeyRingOptions settings)
    {
        try
        {
            return settings.LoadCertificate();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return null;
        }
    }
}
