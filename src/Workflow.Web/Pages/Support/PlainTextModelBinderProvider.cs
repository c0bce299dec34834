using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Workflow.Core.Text;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Support;

/// <summary>
/// Form fields marked <see cref="PlainTextAttribute"/> are cleaned as they are bound, before validation, as the API's
/// <see cref="PlainTextJson"/> cleans JSON bodies: the page validates and stores the text it will show (ADR 10).
/// </summary>
public sealed class PlainTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string) || context.Metadata is not DefaultModelMetadata metadata)
            return null;
        var plain = (metadata.Attributes.PropertyAttributes ?? metadata.Attributes.ParameterAttributes)?.OfType<PlainTextAttribute>().FirstOrDefault();
        return plain is null
            ? null
            : new Binder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()), plain.AllowLineBreaks);
    }

    private sealed class Binder(SimpleTypeModelBinder text, bool multiline) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await text.BindModelAsync(context);
            if (context.Result is { IsModelSet: true, Model: string raw })
            {
                var cleaned = PlainTextRules.Clean(raw, multiline);
                context.Result = ModelBindingResult.Success(cleaned.Length == 0 ? null : cleaned);
            }
        }
    }
}
