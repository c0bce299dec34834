using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Workflow.Web.Pages.Support;

/// <summary>Model-binding messages (a value that is not a number, a missing value) in the interface language.</summary>
public sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var t = factory.Create(typeof(UiText));
        var m = options.ModelBindingMessageProvider;
        m.SetValueIsInvalidAccessor(v => t["Binding.Invalid", v]);
        m.SetAttemptedValueIsInvalidAccessor((v, _) => t["Binding.Invalid", v]);
        m.SetUnknownValueIsInvalidAccessor(f => t["Binding.InvalidField", f]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => t["Binding.Invalid", v]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Binding.InvalidValue"]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => t["Binding.Number"]);
        m.SetValueMustBeANumberAccessor(f => t["Binding.NumberField", f]);
        m.SetValueMustNotBeNullAccessor(v => t["Binding.Required", v]);
        m.SetMissingBindRequiredValueAccessor(f => t["Binding.Required", f]);
        m.SetMissingKeyOrValueAccessor(() => t["Binding.InvalidValue"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => t["Binding.InvalidValue"]);
    }
}
