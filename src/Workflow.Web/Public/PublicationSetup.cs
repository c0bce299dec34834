using Workflow.Web.Options;

namespace Workflow.Web.Public;

public static class PublicationSetup
{
    /// <summary>The publication path with its sealed PDF, the retry of waiting publications, and the verify page's checks.</summary>
    public static IServiceCollection AddPublication(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<PublicationOptions>().Bind(config.GetSection(PublicationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicationFiles>();
        services.AddScoped<PublicationPdf>();
        services.AddScoped<PublicationVerifier>();
        services.AddSingleton<PublicationRetry>();
        services.AddHostedService(sp => sp.GetRequiredService<PublicationRetry>());
        services.AddHealthChecks().AddCheck<WaitingPublicationsHealthCheck>("publications");
        return services;
    }
}
