using Workflow.Core.Reports;
using Workflow.Web.Application;

namespace Workflow.Web.Reports;

/// <summary>The period a time-in-post request asks for (query <c>days</c>): 30, 90 or 365 days back from now; 90 when omitted.</summary>
public static class TimeInPostPeriod
{
    public const int Default = 90;

    public static Outcome<int> Parse(string? days)
    {
        if (string.IsNullOrEmpty(days))
            return Default;
        return int.TryParse(days, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && TimeInPostCalculator.Periods.Contains(n)
            ? n
            : new Failure(StatusCodes.Status400BadRequest, "period-invalid", $"days must be one of {string.Join(", ", TimeInPostCalculator.Periods)}.", "days");
    }
}
