using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Workflow.Web.Pages.Support;

/// <summary>
/// Binds DateOnly form fields as the browser's date input sends them (yyyy-MM-dd, Gregorian), whatever the page's
/// culture: parsed in th-TH, "2026-12-01" would be read as the Buddhist year 2026, i.e. 1483.
/// </summary>
public sealed class IsoDateBinderProvider : IModelBinderProvider
{
    public const string Format = "yyyy-MM-dd";

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        Nullable.GetUnderlyingType(context.Metadata.ModelType) == typeof(DateOnly) || context.Metadata.ModelType == typeof(DateOnly)
            ? new Binder()
            : null;

    private sealed class Binder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var value = context.ValueProvider.GetValue(context.ModelName);
            if (value == ValueProviderResult.None || string.IsNullOrWhiteSpace(value.FirstValue))
                return Task.CompletedTask;
            context.ModelState.SetModelValue(context.ModelName, value);
            if (DateOnly.TryParseExact(value.FirstValue.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                context.Result = ModelBindingResult.Success(day);
            else
                context.ModelState.TryAddModelError(context.ModelName,
                    context.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(value.FirstValue, context.ModelMetadata.GetDisplayName()));
            return Task.CompletedTask;
        }
    }
}
