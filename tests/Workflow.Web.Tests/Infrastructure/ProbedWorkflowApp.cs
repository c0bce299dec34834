using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Data;
using Workflow.Web.Data.PostgreSql;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>The host with a probe on its database commands, so a test can act at an exact point inside a request.</summary>
public sealed class ProbedWorkflowApp : WorkflowApp
{
    public DocumentQueryProbe Probe { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // On PostgreSQL the host's context is the derived type, whose options are its own.
        builder.ConfigureTestServices(services => services
            .ConfigureDbContext<WorkflowDbContext>(o => o.AddInterceptors(Probe))
            .ConfigureDbContext<PostgreSqlWorkflowDbContext>(o => o.AddInterceptors(Probe)));
    }
}
