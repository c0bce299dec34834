using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Data;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>The host with a probe on its database commands, so a test can act at an exact point inside a request.</summary>
public sealed class ProbedWorkflowApp : WorkflowApp
{
    public DocumentQueryProbe Probe { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<WorkflowDbContext>(o => o.AddInterceptors(Probe)));
    }
}
