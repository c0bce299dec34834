using System.Text.Json;
namespace Workflow.Core.Classification;

/// <summary>
/// The classes as the API, the forms and every JSON document spell them: the enum names in kebab case ("very-urgent"),
/// so one spelling serves every door (<see cref="ClassJsonConverter{T}"/>).
/// </summary>
public static class ClassNames
{
    /// <summary>ลับที่สุด: asked for now and then, never carried electronically, so refused with its own reason.</summary>
    public const string MostSecret = "most-secret";

    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.KebabCaseLower;

    public static string Of<T>(T value) where T : struct, Enum => Policy.ConvertName(value.ToString());

    public static IReadOnlyList<string> All(Type classType) =>
        Enum.GetNames(classType).Select(Policy.ConvertName).ToList();

    /// <summary>An omitted (null or empty) class is none; otherwise only the exact names count.</summary>
    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(name))
            return true;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Of(candidate) == name)
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    public static T Parse<T>(string? name) where T : struct, Enum =>
        TryParse<T>(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(T).Name} class; validate it first.");
}
