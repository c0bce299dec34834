using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;
using Workflow.Web.Telemetry;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>The Development host with tracing on, exporting to memory instead of an OTLP collector.</summary>
public sealed class TracedWorkflowApp : WorkflowApp
{
    public RecordedSpans Spans { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddWorkflowTracing(t => t.AddInMemoryExporter(Spans)));
    }
}
