using System.Diagnostics.Metrics;
using Workflow.Core.Engine;

namespace Workflow.Web.Telemetry;

/// <summary>
/// The service's own instruments (meter "Workflow.Web"); the names are listed in README "Observability". Registered
/// whether or not telemetry is exported: an instrument nobody listens to costs a branch.
/// </summary>
public sealed class WorkflowMetrics
{
    public const string MeterName = "Workflow.Web";

    private static readonly KeyValuePair<string, object?>[] KindTags =
        Enum.GetValues<ActionKind>().Select(k => new KeyValuePair<string, object?>("kind", k.ToString().ToLowerInvariant())).ToArray();

    private readonly Counter<long> _actions;
    private readonly Histogram<double> _publicationDelay;

    public WorkflowMetrics(IMeterFactory meters, OutboxBacklogGauge backlog)
    {
        var meter = meters.Create(MeterName);
        _actions = meter.CreateCounter<long>("workflow.actions", "{action}", "Route actions applied (committed), by kind.");
        // Buckets for a delay that is sub-second when all is well and minutes to hours when the seal or the broker is away.
        _publicationDelay = meter.CreateHistogram("workflow.publication.delay", "s", "From the signature to the public page.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600] });
        meter.CreateObservableGauge("workflow.outbox.backlog",
            () => backlog.Read() is { } b ? [new Measurement<long>(b.Unsent)] : Array.Empty<Measurement<long>>(),
            "{event}", "Outbox events not yet accepted by the broker.");
        meter.CreateObservableGauge("workflow.outbox.oldest_age",
            () => backlog.Read() is { } b ? [new Measurement<double>(b.OldestAge.TotalSeconds)] : Array.Empty<Measurement<double>>(),
            "s", "How long the oldest unsent outbox event has waited (0 when none waits).");
    }

    public void ActionApplied(ActionKind kind) => _actions.Add(1, KindTags[(int)kind]);

    public void Published(TimeSpan sinceSignature) => _publicationDelay.Record(Math.Max(0, sinceSignature.TotalSeconds));
}
