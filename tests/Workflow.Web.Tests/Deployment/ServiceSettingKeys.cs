using System.Collections;
using System.Reflection;
using Workflow.Web.Options;

namespace Workflow.Web.Tests.Deployment;

/// <summary>
/// Whether a configuration key (environment form, Section__Key__Sub) names a property of one of the service's options
/// classes: each declares its section as a constant <c>Section</c>, and the rest of the key walks its properties
/// (a number indexes a list). A misspelt key in a deployment file would otherwise be ignored silently.
/// </summary>
public static class ServiceSettingKeys
{
    private static readonly ILookup<string, Type> Sections = typeof(DatabaseOptions).Assembly.GetTypes()
        .Select(t => (Type: t, Field: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
        .Where(x => x.Field is { IsLiteral: true })
        .ToLookup(x => (string)x.Field!.GetRawConstantValue()!, x => x.Type, StringComparer.OrdinalIgnoreCase);

    public static bool Exists(string environmentKey)
    {
        var parts = environmentKey.Split("__");
        return parts.Length > 1 && Sections[parts[0]].Any(type => Walk(type, parts.AsSpan(1)));
    }

    private static bool Walk(Type type, ReadOnlySpan<string> path)
    {
        if (path.IsEmpty)
            return true;
        if (int.TryParse(path[0], out _) && ElementOf(type) is { } element)
            return Walk(element, path[1..]);
        var property = type.GetProperty(path[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        // A list may be get-only (the binder adds to it); a value at the end of the key must be settable.
        return property is not null && (path.Length > 1 || property.CanWrite) && Walk(property.PropertyType, path[1..]);
    }

    private static Type? ElementOf(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null
            : type.IsArray ? type.GetElementType()
            : type.GetGenericArguments().FirstOrDefault();
}
