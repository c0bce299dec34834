using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>The host with every log entry of every category, down to Trace, captured for the test to read.</summary>
public sealed class LoggedWorkflowApp : WorkflowApp
{
    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A rule for this provider alone outranks the Warning default the other tests log at.
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
    }
}
