using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Reports;

/// <summary>The host on a set clock with the time-in-post memos (<see cref="TimeInPostMemos"/>) acted once.</summary>
public sealed class TimeInPostApp : ClockedWorkflowApp
{
    public TimeInPostApp() => Memos = new TimeInPostMemos(this);

    public TimeInPostMemos Memos { get; }
}
