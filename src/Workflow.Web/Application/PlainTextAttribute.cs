using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Workflow.Web.Application;

/// <summary>
/// Official memo text has no markup and no control characters: a tag-like "&lt;x" or "&lt;/" is refused with
/// a clear message (a bare "&lt;" as in "a &lt; 5" is fine). Output is HTML-encoded anyway; this keeps stored
/// records clean (see docs/adr/0003-plain-text-fields.md).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class PlainTextAttribute : ValidationAttribute
{
    public bool AllowLineBreaks { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string text)
            return ValidationResult.Success;
        if (Markup().IsMatch(text))
            return Fail(context, "must be plain text: markup such as <script> is not allowed");
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(AllowLineBreaks && c is '\n' or '\r' or '\t'))
                return Fail(context, "must not contain control characters");
            // Bidirectional overrides and isolates can make text display other than it reads (U+202E "RLO").
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return Fail(context, "must not contain text-direction control characters");
        }

        return ValidationResult.Success;
    }

    private static ValidationResult Fail(ValidationContext context, string problem) =>
        new($"{context.DisplayName} {problem}.", context.MemberName is null ? null : [context.MemberName]);

    [GeneratedRegex(@"<\s*[/!?a-zA-Z]")]
    private static partial Regex Markup();
}
