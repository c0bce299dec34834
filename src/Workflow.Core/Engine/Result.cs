using System.Diagnostics.CodeAnalysis;

namespace Workflow.Core.Engine;

/// <summary>Either the engine's decision or its refusal.</summary>
public readonly struct Result
{
    private Result(Decision? decision, Refusal? refusal) => (Decision, Refusal) = (decision, refusal);

    public Decision? Decision { get; }

    public Refusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Decision))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAllowed => Decision is not null;

    public static implicit operator Result(Decision decision) => new(decision, null);

    public static implicit operator Result(Refusal refusal) => new(null, refusal);
}
