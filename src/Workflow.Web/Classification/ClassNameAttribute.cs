using System.ComponentModel.DataAnnotations;
using Workflow.Core.Classification;

namespace Workflow.Web.Classification;

/// <summary>
/// Marks a string field that names an <see cref="Urgency"/> or <see cref="Secrecy"/> class (<see cref="ClassNames"/>);
/// omitted is none. The OpenAPI document lists the names (<see cref="ClassificationSetup"/>); the pages translate the
/// message (<see cref="ClassNameAdapter"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ClassNameAttribute(Type classType) : ValidationAttribute
{
    public Type ClassType { get; } = classType;

    public IReadOnlyList<string> Names => ClassNames.All(ClassType);

    /// <summary>The reason to refuse the value, or null when it names a class (or is omitted).</summary>
    public ClassProblem? ProblemIn(object? value)
    {
        if (value is not string name || name.Length == 0 || Names.Contains(name))
            return null;
        return ClassType == typeof(Secrecy) && IsMostSecret(name) ? ClassProblem.MostSecret : ClassProblem.Unknown;
    }

    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        ProblemIn(value) is { } problem
            ? new ValidationResult(Describe(problem, context.DisplayName), context.MemberName is null ? null : [context.MemberName])
            : ValidationResult.Success;

    private string Describe(ClassProblem problem, string field) => problem == ClassProblem.MostSecret
        ? "ลับที่สุด (most-secret) is not carried by electronic correspondence under the correspondence regulation: send a most secret memo on paper."
        : $"{field} must be one of {string.Join(", ", Names)} (omitted is none).";

    private static bool IsMostSecret(string name) =>
        name.Trim() is var n && (n.Equals(ClassNames.MostSecret, StringComparison.OrdinalIgnoreCase) || n == "ลับที่สุด");
}
