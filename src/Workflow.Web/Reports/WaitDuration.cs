using System.Globalization;

namespace Workflow.Web.Reports;

/// <summary>A wait in hours as people say it: whole days and hours ("2 วัน 3 ชม.", "2 d 3 h"), rounded to the hour.</summary>
public static class WaitDuration
{
    public static string Format(double? hours, bool english)
    {
        if (hours is not { } h)
            return "–";
        var total = (long)Math.Round(h, MidpointRounding.AwayFromZero);
        var (days, rest) = (total / 24, total % 24);
        return english
            ? string.Create(CultureInfo.InvariantCulture, $"{days} d {rest} h")
            : string.Create(CultureInfo.InvariantCulture, $"{days} วัน {rest} ชม.");
    }
}
