using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflow.Core.Deadlines;

/// <summary>Writes a due time as the route file wrote it ("P2D"), so stored route snapshots read like the files.</summary>
public sealed class WorkingDurationJsonConverter : JsonConverter<WorkingDuration>
{
    public override WorkingDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("A due time must be a string such as \"P2D\".");
        return WorkingDuration.Problem(text, out var duration) is { } problem ? throw new JsonException(problem) : duration;
    }

    public override void Write(Utf8JsonWriter writer, WorkingDuration value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
