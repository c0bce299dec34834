using System.Diagnostics.CodeAnalysis;

namespace Workflow.Web.Application;

/// <summary>A value or the reason there is none.</summary>
public readonly struct Outcome<T>
{
    private Outcome(T? value, Failure? failure) => (Value, Failure) = (value, failure);

    public T? Value { get; }

    public Failure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}
