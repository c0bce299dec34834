using System.Globalization;
using System.Text.Json;
using Workflow.Core.Routes;

namespace Workflow.Core.Calendar;

/// <summary>
/// Reads a holiday list file of the workflows folder (holidays-*.json), checked against holidays.schema.json beside it
/// and then against HolidayList.Check: a date outside the years the file claims, or listed twice, names the file,
/// the JSON path and the date.
/// </summary>
public static class HolidayListLoader
{
    public const string FilePrefix = "holidays-";
    public const string SchemaFile = "holidays.schema.json";

    /// <summary>Route loading skips these files: they are holiday lists, not routes.</summary>
    public static bool IsHolidayFile(string fileName) => fileName.StartsWith(FilePrefix, StringComparison.OrdinalIgnoreCase);

    /// <exception cref="HolidayListException">Anything is wrong; the message lists every problem found.</exception>
    public static HolidayList Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new HolidayListException(path, [$"{name}: $: file not found"]);
        var problems = new List<string>();
        var schema = SchemaValidator.Load(Path.GetDirectoryName(Path.GetFullPath(path))!, SchemaFile, problems);
        var file = JsonFile.Read(path);
        if (file.Root is not { } root)
            problems.Add(file.ParseProblem!);
        else if (schema is not null && schema.Validate(file, root) is { Count: > 0 } schemaProblems)
            problems.AddRange(schemaProblems);
        if (problems.Count > 0)
            throw new HolidayListException(path, problems);

        var years = file.Root!.Value.GetProperty("yearsBe").EnumerateArray().Select(y => y.GetInt32()).ToList();
        var holidays = new List<Holiday>();
        var entries = file.Root.Value.GetProperty("holidays").EnumerateArray().ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var text = entries[i].GetProperty("date").GetString()!;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(file.Problem($"$.holidays[{i}].date", $"'{text}' is not a calendar date"));
                continue;
            }

            holidays.Add(new Holiday(date, entries[i].GetProperty("th").GetString()!, Optional(entries[i], "en")));
        }

        if (problems.Count == 0)
            problems.AddRange(HolidayList.Check(years, holidays).Select(p => file.Problem(PathOf(p), p.Message)));
        if (problems.Count > 0)
            throw new HolidayListException(path, problems);
        return HolidayList.Create(years, holidays);
    }

    private static string PathOf(HolidayProblem problem) => problem.Index < 0 ? "$.yearsBe" : $"$.holidays[{problem.Index}].date";

    private static string? Optional(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) ? value.GetString() : null;
}
