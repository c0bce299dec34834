using Workflow.Web.Options;

namespace Workflow.Web.SecondFactor;

/// <summary>The second factor's settings and services (ADR 31).</summary>
public static class SecondFactorServices
{
    public static IServiceCollection AddSecondFactor(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<SecondFactorOptions>().Bind(config.GetSection(SecondFactorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<TotpCodes>();
        services.AddScoped<SecondFactorCheck>();
        services.AddScoped<SecondFactorEnrolment>();
        services.AddScoped<SecondFactorRequirement>();
        services.AddScoped<SignatureStepUp>();
        return services;
    }
}
