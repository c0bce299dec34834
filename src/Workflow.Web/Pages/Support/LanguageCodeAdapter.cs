using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;
using Workflow.Web.Notifications;

namespace Workflow.Web.Pages.Support;

/// <summary>Lets a page form show <see cref="LanguageCodeAttribute"/>'s refusal in the interface language, not its key.</summary>
public sealed class LanguageCodeAdapter(LanguageCodeAttribute attribute, IStringLocalizer? localizer)
    : AttributeAdapterBase<LanguageCodeAttribute>(attribute, localizer)
{
    public override void AddValidation(ClientModelValidationContext context)
    {
    }

    public override string GetErrorMessage(ModelValidationContextBase validationContext) =>
        GetErrorMessage(validationContext.ModelMetadata, validationContext.ModelMetadata.GetDisplayName());
}
