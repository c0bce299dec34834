namespace Workflow.Web.Tests.Telemetry;

/// <summary>
/// The telemetry tests run alone: meters and activity sources are process-wide, and a host of another class that fails
/// its start-up while a scrape runs has been seen to take series out of this host's exporter. One host per process, as
/// in production, never meets this.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
