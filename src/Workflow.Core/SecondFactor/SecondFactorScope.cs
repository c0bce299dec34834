namespace Workflow.Core.SecondFactor;

/// <summary>Who must confirm their identity with a second factor (setting <c>SecondFactor:RequiredFor</c>).</summary>
public enum SecondFactorScope
{
    /// <summary>Everyone holding, acting for or delegated a post that is a signature step of a route.</summary>
    Signers,

    /// <summary>Everyone holding, acting for or delegated a post that is any step of a route.</summary>
    Approvers,

    /// <summary>No one; a person who set one up still uses it.</summary>
    None,
}
