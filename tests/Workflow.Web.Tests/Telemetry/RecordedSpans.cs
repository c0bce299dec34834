using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>The spans the in-memory exporter hands over, from the exporter's threads, read by a test while they arrive.</summary>
public sealed class RecordedSpans : Collection<Activity>
{
    private readonly Lock _gate = new();

    public Activity[] Snapshot()
    {
        lock (_gate)
            return [.. Items];
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_gate)
            base.InsertItem(index, item);
    }
}
