using System.ComponentModel.DataAnnotations;
using Workflow.Core.Text;

namespace Workflow.Web.Application;

/// <summary>
/// Marks a user text field. Binding cleans it first (<see cref="PlainTextJson"/> for the API, the pages' model
/// binder for forms: invisible characters removed, NFC), then this refuses what is left that may not be stored:
/// markup, control and text-direction characters, noncharacters and anything XML cannot carry
/// (docs/adr/0003-plain-text-fields.md, docs/adr/0010-invisible-and-noncharacter-text.md).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    public bool AllowLineBreaks { get; init; }

    /// <summary>The first reason to refuse the value, or null.</summary>
    public TextProblem? ProblemIn(object? value) =>
        value is string text ? PlainTextRules.FindProblem(text, AllowLineBreaks) : null;

    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        ProblemIn(value) is { } problem
            ? new ValidationResult($"{context.DisplayName} {Describe(problem)}.", context.MemberName is null ? null : [context.MemberName])
            : ValidationResult.Success;

    private static string Describe(TextProblem p) => p.Fault switch
    {
        TextFault.Markup => "must be plain text: markup such as <script> is not allowed",
        TextFault.ControlCharacter => $"must not contain control characters ({p.CodePointName} at position {p.Index + 1})",
        TextFault.DirectionControl => $"must not contain text-direction control characters ({p.CodePointName} at position {p.Index + 1})",
        _ => $"must not contain {p.CodePointName} at position {p.Index + 1}: it is not a character text may carry (a Unicode noncharacter, or one XML cannot carry)",
    };
}
