using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Notifications;

/// <summary>An e-mail language is "th" or "en", or left out (null); an empty or other text is invalid, unlike RegularExpression's.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LanguageCodeAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || value is string code && MailLanguages.IsKnown(code);
}
