using System.Text.Json;
using Workflow.Core.Deadlines;

namespace Workflow.Core.Tests.Deadlines;

public class WorkingDurationTests
{
    public static TheoryData<string, int, double> Valid => new()
    {
        { "P2D", 2, 0 },
        { "PT4H", 0, 4 },
        { "P1DT4H30M", 1, 4.5 },
        { "PT90M", 0, 1.5 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Problem_is_null_and_the_duration_read_when_the_text_is_a_positive_iso_duration(string text, int days, double hours)
    {
        Assert.Null(WorkingDuration.Problem(text, out var duration));
        Assert.Equal(new WorkingDuration(days, TimeSpan.FromHours(hours)), duration);
    }

    [Theory]
    [InlineData("2 days", "is not an ISO 8601 duration")]
    [InlineData("P", "is not an ISO 8601 duration")]
    [InlineData("PT", "is not an ISO 8601 duration")]
    [InlineData("P1.5D", "is not an ISO 8601 duration")]
    [InlineData("p2d", "is not an ISO 8601 duration")]
    [InlineData("P0D", "is zero")]
    [InlineData("PT0H0M", "is zero")]
    [InlineData("-P2D", "is negative")]
    [InlineData("P1W", "years, months or weeks")]
    [InlineData("P1M", "years, months or weeks")]
    [InlineData("PT30S", "counts seconds")]
    [InlineData("P99999D", "too long")]
    public void Problem_says_why_when_the_text_is_not_a_positive_duration_of_days_and_hours(string text, string words)
    {
        var problem = WorkingDuration.Problem(text, out _);

        Assert.NotNull(problem);
        Assert.Contains(words, problem);
        Assert.Contains($"'{text}'", problem);
    }

    [Theory]
    [InlineData("P3D", "P1DT4H")]
    [InlineData("P2D", "P1D")]
    [InlineData("P1D", "PT4H")]
    [InlineData("PT3H", "PT1H30M")]
    public void Half_turns_an_odd_day_into_half_an_office_day(string whole, string half) =>
        Assert.Equal(half, WorkingDuration.Parse(whole).Half(TimeSpan.FromHours(8)).ToString());

    [Fact]
    public void Json_writes_and_reads_the_duration_as_the_route_file_writes_it()
    {
        var json = JsonSerializer.Serialize<WorkingDuration?>(WorkingDuration.Parse("P1DT4H"));

        Assert.Equal("\"P1DT4H\"", json);
        Assert.Equal(WorkingDuration.Parse("P1DT4H"), JsonSerializer.Deserialize<WorkingDuration?>(json));
    }
}
