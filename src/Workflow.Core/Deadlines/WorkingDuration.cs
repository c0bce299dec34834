using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Workflow.Core.Deadlines;

/// <summary>
/// How long a route step may wait, as a route file writes it ("P2D", "PT4H", "P1DT4H"): whole working days, then
/// office time (hours and minutes). Years, months and weeks are refused: their length in working days is not fixed.
/// </summary>
[JsonConverter(typeof(WorkingDurationJsonConverter))]
public readonly partial record struct WorkingDuration(int Days, TimeSpan Time)
{
    private const string Examples = "e.g. P2D (two working days), PT4H (four office hours), P1DT4H";

    public static WorkingDuration FromDays(int days) => new(days, TimeSpan.Zero);

    public static WorkingDuration FromTime(TimeSpan time) => new(0, time);

    /// <summary>Null when the text is a positive duration of working days and office time, else why it is not.</summary>
    public static string? Problem(string text, out WorkingDuration duration)
    {
        duration = default;
        if (text.StartsWith('-'))
            return $"'{text}' is negative: a due time must be positive ({Examples})";
        var match = Iso().Match(text);
        if (!match.Success || text is "P" or "PT" || text.EndsWith('T'))
            return $"'{text}' is not an ISO 8601 duration ({Examples})";
        if (match.Groups["y"].Success || match.Groups["mo"].Success || match.Groups["w"].Success)
            return $"'{text}' counts years, months or weeks; write working days instead ({Examples})";
        if (match.Groups["s"].Success)
            return $"'{text}' counts seconds; a due time counts working days, hours and minutes ({Examples})";
        if (!TryNumber(match, "d", out var days) || !TryNumber(match, "h", out var hours) || !TryNumber(match, "mi", out var minutes))
            return $"'{text}' is too long a duration";
        var time = TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
        if (days == 0 && time == TimeSpan.Zero)
            return $"'{text}' is zero: a due time must be positive ({Examples})";
        duration = new WorkingDuration(days, time);
        return null;
    }

    public static WorkingDuration Parse(string text) =>
        Problem(text, out var duration) is { } problem ? throw new FormatException(problem) : duration;

    /// <summary>Half as long; an odd day becomes half an office day, since a day here is a working day, not 24 hours.</summary>
    public WorkingDuration Half(TimeSpan officeDay) => new(Days / 2, Time / 2 + (Days % 2) * (officeDay / 2));

    public override string ToString()
    {
        var text = "P" + (Days > 0 ? Days.ToString(CultureInfo.InvariantCulture) + "D" : "");
        if (Time > TimeSpan.Zero)
        {
            text += "T";
            if ((int)Time.TotalHours > 0)
                text += ((int)Time.TotalHours).ToString(CultureInfo.InvariantCulture) + "H";
            if (Time.Minutes > 0)
                text += Time.Minutes.ToString(CultureInfo.InvariantCulture) + "M";
            // Only halving makes seconds (half of PT1M); route files, and so snapshots, never carry them.
            if (Time.Seconds > 0)
                text += Time.Seconds.ToString(CultureInfo.InvariantCulture) + "S";
        }

        return text == "P" ? "PT0M" : text;
    }

    private static bool TryNumber(Match match, string group, out int value)
    {
        value = 0;
        return !match.Groups[group].Success
            || (int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= 10_000);
    }

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:[.,]\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
