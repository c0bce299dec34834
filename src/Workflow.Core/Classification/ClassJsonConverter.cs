using System.Text.Json.Serialization;

namespace Workflow.Core.Classification;

/// <summary>
/// A class in JSON is its <see cref="ClassNames"/> spelling ("very-urgent"), never its number: the stored number is
/// the database's business, and a client sending 2 would mean nothing readable.
/// </summary>
public sealed class ClassJsonConverter<T>() : JsonStringEnumConverter<T>(ClassNames.Policy, allowIntegerValues: false)
    where T : struct, Enum;
