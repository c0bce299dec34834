using Workflow.Core.Reports;

namespace Workflow.Core.Tests.Reports;

/// <summary>Percentiles as Excel's PERCENTILE.INC: linear interpolation between the closest ranks.</summary>
public sealed class PercentilesTests
{
    private static List<TimeSpan> Hours(params int[] hours) => [.. hours.Select(h => TimeSpan.FromHours(h))];

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(TimeSpan.FromHours(4.5), Percentiles.Of(Hours(2, 3, 6, 10), 50));
    }

    [Fact]
    public void Percentile_90_interpolates_between_the_closest_ranks()
    {
        Assert.Equal(TimeSpan.FromHours(8.8), Percentiles.Of(Hours(2, 3, 6, 10), 90));
    }

    [Fact]
    public void Percentile_of_one_value_is_that_value_and_of_none_is_null()
    {
        Assert.Equal((TimeSpan.FromHours(24), (TimeSpan?)null), (Percentiles.Of(Hours(24), 90)!.Value, Percentiles.Of(Hours(), 50)));
    }
}
