using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace Workflow.Web.Classification;

/// <summary>Lets a page form show <see cref="ClassNameAttribute"/>'s refusal in the interface language, ลับที่สุด with its own reason.</summary>
public sealed class ClassNameAdapter : AttributeAdapterBase<ClassNameAttribute>
{
    private readonly IStringLocalizer? _t;

    public ClassNameAdapter(ClassNameAttribute attribute, IStringLocalizer? localizer)
        : base(attribute, localizer) => _t = localizer;

    public override void AddValidation(ClientModelValidationContext context)
    {
    }

    public override string GetErrorMessage(ModelValidationContextBase validationContext)
    {
        var field = validationContext.ModelMetadata.GetDisplayName();
        return _t is not null && validationContext is ModelValidationContext { Model: var value }
            && Attribute.ProblemIn(value) == ClassProblem.MostSecret
            ? _t["Validation.MostSecret"]
            : GetErrorMessage(validationContext.ModelMetadata, field);
    }
}
