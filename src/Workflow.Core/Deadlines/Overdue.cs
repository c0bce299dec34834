namespace Workflow.Core.Deadlines;

/// <summary>A wait is overdue once its due time has passed; a wait without one never is.</summary>
public static class Overdue
{
    public static bool At(DateTimeOffset? due, DateTimeOffset now) => due is { } d && d < now;
}
