using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Workflow.Web.Pages.Support;

/// <summary>The message a form shows next to one field.</summary>
public static class FieldErrors
{
    /// <summary>The field's first message, or null when it has none.</summary>
    public static string? FirstError(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
