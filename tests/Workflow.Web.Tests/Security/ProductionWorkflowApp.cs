using Microsoft.AspNetCore.Hosting;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>The host in the Production environment, where cookies travel over HTTPS only.</summary>
public sealed class ProductionWorkflowApp : WorkflowApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}
