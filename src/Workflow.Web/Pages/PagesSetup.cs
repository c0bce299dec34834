namespace Workflow.Web.Pages;

/// <summary>Registration of the browser interface (Razor Pages, cookie sign-in, localization).</summary>
public static class PagesSetup
{
    public static IServiceCollection AddMemoPages(this IServiceCollection services)
    {
        services.AddRazorPages();
        return services;
    }

    public static WebApplication MapMemoPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
