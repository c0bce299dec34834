using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>The Development host with a named instance, as one of several would be.</summary>
public sealed class InstanceWorkflowApp : WorkflowApp
{
    public const string InstanceId = "web-test-7";

    public InstanceWorkflowApp() => Settings["Telemetry:InstanceId"] = InstanceId;
}
