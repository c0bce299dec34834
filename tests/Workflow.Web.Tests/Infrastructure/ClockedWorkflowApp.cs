using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>The host on a clock the test sets: for what depends on the date, such as the register year.</summary>
public class ClockedWorkflowApp : WorkflowApp
{
    public TestClock Clock { get; } = new();

    /// <summary>Moves the clock; tokens signed before may have expired, so the users sign in again.</summary>
    public void SetClock(DateTimeOffset now)
    {
        Clock.Set(now);
        Api.ForgetTokens();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
