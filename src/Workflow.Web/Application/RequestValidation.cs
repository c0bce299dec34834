using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Workflow.Web.Application;

/// <summary>Runs the data annotations of a request and names each invalid field as the client spelled it (camelCase).</summary>
public static class RequestValidation
{
    public static Failure? Validate(object? request, string name = "body")
    {
        if (request is null)
            return Failure.Invalid(name, "A JSON body is required.");
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
            return null;
        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [name]).Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage ?? "is invalid")))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Item2).ToArray());
        return Failure.Validation(errors);
    }
}
