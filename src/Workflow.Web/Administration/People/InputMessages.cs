using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Workflow.Core.Text;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Administration.People;

/// <summary>
/// Validates an input whose messages are interface-text keys (<see cref="PersonInput"/>) outside MVC: for the API
/// (in English) and for each CSV row (in the page's language). Fields are named as the API spells them (camelCase).
/// </summary>
public sealed class InputMessages(IStringLocalizer<UiText> t)
{
    public static readonly CultureInfo English = new("en");

    /// <summary>Every invalid field with its messages; empty when the input is valid.</summary>
    public Dictionary<string, string[]> Validate(object input, CultureInfo culture) => In(culture, () =>
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var property in input.GetType().GetProperties())
        {
            var value = property.GetValue(input);
            var name = t[property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name].Value;
            var messages = property.GetCustomAttributes<ValidationAttribute>()
                .Where(a => !a.IsValid(value))
                .Select(a => Message(a, name, value))
                .ToArray();
            if (messages.Length > 0)
                errors[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = messages;
        }

        return errors;
    });

    /// <summary>A refusal in the culture: by its code when the interface texts know it, else its own (English) detail.</summary>
    public string Describe(Failure failure, CultureInfo culture) => In(culture, () =>
    {
        var known = t[$"Failure.{failure.Code}"];
        return known.ResourceNotFound ? failure.Detail : known.Value;
    });

    /// <summary>An interface text in the culture.</summary>
    public string Text(CultureInfo culture, string key, params object[] args) => In(culture, () => t[key, args].Value);

    /// <summary>The API's answer for an invalid input: 400 with every field (English).</summary>
    public Failure? Check(object? input)
    {
        if (input is null)
            return Failure.Invalid("body", "A JSON body is required.");
        var errors = Validate(input, English);
        return errors.Count == 0 ? null : Failure.Validation(errors);
    }

    private string Message(ValidationAttribute a, string name, object? value) => a switch
    {
        PlainTextAttribute p when p.ProblemIn(value) is { Fault: TextFault.NotACharacter } problem =>
            t["Validation.NotACharacter", name, problem.CodePointName, problem.Index + 1],
        StringLengthAttribute s => t[s.ErrorMessage!, name, s.MaximumLength, s.MinimumLength],
        _ => t[a.ErrorMessage ?? "Validation.Invalid", name],
    };

    private static T In<T>(CultureInfo culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
