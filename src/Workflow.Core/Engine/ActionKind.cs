namespace Workflow.Core.Engine;

public enum ActionKind
{
    Submit,
    Endorse,
    Return,
    Refuse,
    Withdraw,
    Sign,
    /// <summary>The signer lifts a signed memo's secrecy class; it is then published (ADR 23).</summary>
    Declassify,
}
