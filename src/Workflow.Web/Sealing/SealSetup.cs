using Workflow.Web.Options;

namespace Workflow.Web.Sealing;

public static class SealSetup
{
    /// <summary>The seal: its certificate (validated at start-up), the PAdES seal and check, and its /health entry.</summary>
    public static WebApplicationBuilder AddSeal(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SealOptions>().Bind(builder.Configuration.GetSection(SealOptions.Section)).ValidateDataAnnotations()
            .Validate<IHostEnvironment>((o, env) => env.IsDevelopment() || !string.IsNullOrEmpty(o.CertificatePath),
                "Seal:CertificatePath (the municipality's PKCS#12 file) and Seal:CertificatePassword must be set outside Development: they seal the published PDFs.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SealCertificate>();
        builder.Services.AddHttpClient<CadesSignature>(c => c.Timeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<IPdfSeal, PadesSeal>();
        builder.Services.AddHostedService<SealCertificateWarning>();
        builder.Services.AddHealthChecks().AddCheck<SealCertificateHealthCheck>("seal-certificate");
        return builder;
    }
}
