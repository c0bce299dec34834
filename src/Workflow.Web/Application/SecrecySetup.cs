using Workflow.Web.Public;

namespace Workflow.Web.Application;

/// <summary>What secret memos need (ADR 23): their files sealed at rest, and the one publication path that leaves them unpublished.</summary>
public static class SecrecySetup
{
    public static IServiceCollection AddSecretMemos(this IServiceCollection services)
    {
        services.AddScoped<AttachmentSealing>();
        services.AddScoped<DocumentPublisher>();
        services.AddSingleton<PublicationLock>();
        return services;
    }
}
