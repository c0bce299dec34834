using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Application;

/// <summary>
/// Validates a request the pages also bind (one input record for both doors), answering the messages its attributes
/// name in the interface texts, in English as the rest of the API speaks, with fields named as the client spells them.
/// </summary>
public sealed class LocalizedValidation(IStringLocalizer<UiText> t)
{
    private static readonly CultureInfo English = new("en");

    public Failure? Validate(object? request)
    {
        if (request is null)
            return Failure.Invalid("body", "A JSON body is required.");
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = English;
        try
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var property in request.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var messages = Messages(request, property).ToArray();
                if (messages.Length > 0)
                    errors[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = messages;
            }

            return errors.Count == 0 ? null : Failure.Validation(errors);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private IEnumerable<string> Messages(object request, PropertyInfo property)
    {
        var value = property.GetValue(request);
        var display = property.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? t[key].Value : property.Name;
        var context = new ValidationContext(request) { MemberName = property.Name, DisplayName = display };
        foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
        {
            if (attribute.GetValidationResult(value, context) is not { ErrorMessage: var own })
                continue;
            // The plain-text check names the character and where it is; its own text says it best.
            yield return attribute is PlainTextAttribute || attribute.ErrorMessage is null ? own ?? display : t[attribute.ErrorMessage, Arguments(attribute, display)];
        }
    }

    private static object[] Arguments(ValidationAttribute attribute, string display) => attribute switch
    {
        StringLengthAttribute s => [display, s.MaximumLength, s.MinimumLength],
        RangeAttribute r => [display, r.Minimum, r.Maximum],
        _ => [display],
    };
}
