using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Classes;

/// <summary>The host on a clock the test sets (so memos wait for known times), keeping the inbox queries it sends.</summary>
public sealed class InboxOrderApp : ClockedWorkflowApp
{
    public InboxCommands Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<WorkflowDbContext>(o => o.AddInterceptors(Commands)));
    }
}
