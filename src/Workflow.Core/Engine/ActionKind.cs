namespace Workflow.Core.Engine;

public enum ActionKind
{
    Submit,
    Endorse,
    Return,
    Refuse,
    Withdraw,
    Sign,
}
