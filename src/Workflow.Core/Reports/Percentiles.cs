namespace Workflow.Core.Reports;

/// <summary>
/// Percentiles by linear interpolation between the closest ranks (Hyndman and Fan's type 7, the definition of Excel's
/// PERCENTILE.INC and NumPy's default), so a clerk who recomputes the CSV in Excel gets the same figures; the median
/// is the 50th percentile, the mean of the two middle values when their number is even.
/// </summary>
public static class Percentiles
{
    /// <summary>The p-th percentile (0–100) of values sorted ascending; null when there are none.</summary>
    public static TimeSpan? Of(IReadOnlyList<TimeSpan> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
        if (sorted.Count == 0)
            return null;
        var rank = p / 100 * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        var fraction = rank - below;
        return sorted[below] + TimeSpan.FromTicks((long)Math.Round((sorted[above] - sorted[below]).Ticks * fraction));
    }
}
