namespace Workflow.Core.Routes;

public enum StepKind
{
    Endorse,
    Sign,
}
