namespace Workflow.Core.Routes;

public sealed record RouteStep(int Index, string Position, StepKind Kind);
