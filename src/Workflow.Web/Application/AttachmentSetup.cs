namespace Workflow.Web.Application;

/// <summary>The attachment sweep and its schedule (ADR 11).</summary>
public static class AttachmentSetup
{
    public static IServiceCollection AddAttachmentSweep(this IServiceCollection services)
    {
        services.AddSingleton<AttachmentSweep>();
        services.AddHostedService<AttachmentSweeper>();
        return services;
    }
}
