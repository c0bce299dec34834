using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;
using Workflow.Core.Text;
using Workflow.Web.Application;
using Workflow.Web.Classification;
using Workflow.Web.Notifications;

namespace Workflow.Web.Pages.Support;

/// <summary>
/// Lets the API's <see cref="PlainTextAttribute"/> check page forms with a translated message: without an adapter,
/// MVC would show the attribute's own English text. A character that is no character gets its own message
/// ("Validation.NotACharacter", naming it and where it is), since the person cannot see it.
/// </summary>
public sealed class PlainTextAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider _builtIn = new();

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer) =>
        attribute switch
        {
            PlainTextAttribute plain => new PlainTextAdapter(plain, stringLocalizer),
            ClassNameAttribute named => new ClassNameAdapter(named, stringLocalizer),
            LanguageCodeAttribute language => new LanguageCodeAdapter(language, stringLocalizer),
            _ => _builtIn.GetAttributeAdapter(attribute, stringLocalizer),
        };

    private sealed class PlainTextAdapter : AttributeAdapterBase<PlainTextAttribute>
    {
        private readonly IStringLocalizer? _t;

        public PlainTextAdapter(PlainTextAttribute attribute, IStringLocalizer? localizer)
            : base(attribute, localizer) => _t = localizer;

        public override void AddValidation(ClientModelValidationContext context)
        {
        }

        public override string GetErrorMessage(ModelValidationContextBase validationContext)
        {
            var field = validationContext.ModelMetadata.GetDisplayName();
            return _t is not null && validationContext is ModelValidationContext { Model: var value }
                && Attribute.ProblemIn(value) is { Fault: TextFault.NotACharacter } problem
                ? _t["Validation.NotACharacter", field, problem.CodePointName, problem.Index + 1]
                : GetErrorMessage(validationContext.ModelMetadata, field);
        }
    }
}
