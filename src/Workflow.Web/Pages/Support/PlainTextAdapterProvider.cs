using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Support;

/// <summary>
/// Lets the API's <see cref="PlainTextAttribute"/> check page forms with a translated message: without an adapter,
/// MVC would show the attribute's own English text.
/// </summary>
public sealed class PlainTextAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider _builtIn = new();

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer) =>
        attribute is PlainTextAttribute plain
            ? new PlainTextAdapter(plain, stringLocalizer)
            : _builtIn.GetAttributeAdapter(attribute, stringLocalizer);

    private sealed class PlainTextAdapter(PlainTextAttribute attribute, IStringLocalizer? localizer)
        : AttributeAdapterBase<PlainTextAttribute>(attribute, localizer)
    {
        public override void AddValidation(ClientModelValidationContext context)
        {
        }

        public override string GetErrorMessage(ModelValidationContextBase validationContext) =>
            GetErrorMessage(validationContext.ModelMetadata, validationContext.ModelMetadata.GetDisplayName());
    }
}
