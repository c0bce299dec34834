using Workflow.Core.Classification;
using Workflow.Core.Routes;

namespace Workflow.Core.Deadlines;

/// <summary>
/// A memo waiting at one step: for which post, since when, due when (null: no due time), and the post an overdue wait
/// escalates to (the step's escalateTo, else the next post on the route; null after the last step).
/// </summary>
public sealed record StepWait(string Post, DateTimeOffset Arrived, DateTimeOffset? Due, string? EscalateTo)
{
    public static StepWait At(RouteDefinition route, int stepIndex, DateTimeOffset arrived, Urgency urgency, DeadlineCalculator deadlines)
    {
        var step = route.Steps[stepIndex];
        var next = stepIndex + 1 < route.Steps.Count ? route.Steps[stepIndex + 1].Position : null;
        return new StepWait(step.Position, arrived, deadlines.DueAt(step.Due, arrived, urgency), step.EscalateTo ?? next);
    }
}
