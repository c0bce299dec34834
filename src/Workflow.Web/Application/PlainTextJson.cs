using System.Text.Json.Serialization.Metadata;
using Workflow.Core.Text;

namespace Workflow.Web.Application;

/// <summary>
/// Cleans every <see cref="PlainTextAttribute"/> string of a JSON request body as it is read, so that validation,
/// the services and the database all see the cleaned text (ADR 10). The pages do the same in their model binder.
/// </summary>
public static class PlainTextJson
{
    public static void CleanPlainText(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        foreach (var property in type.Properties)
        {
            if (property.PropertyType != typeof(string) || property.Set is not { } set
                || property.AttributeProvider?.GetCustomAttributes(typeof(PlainTextAttribute), inherit: true).FirstOrDefault() is not PlainTextAttribute plain)
                continue;
            property.Set = (target, value) => set(target, value is string text ? PlainTextRules.Clean(text, plain.AllowLineBreaks) : value);
        }
    }
}
