namespace Workflow.Web.Administration;

/// <summary>The services of the administration area (pages under /admin, API under /api/admin).</summary>
public static class AdministrationSetup
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<AdminChanges>();
        services.AddScoped<AdminAuditTrail>();
        return services;
    }
}
