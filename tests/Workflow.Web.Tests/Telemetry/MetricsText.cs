using System.Globalization;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>A Prometheus text exposition, as /metrics answers it, read the way a scraper reads it.</summary>
public sealed class MetricsText(string text)
{
    public string Text { get; } = text;

    public IEnumerable<string> Samples(string name) =>
        Text.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal));

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include <paramref name="label"/>; 0 when none.</summary>
    public double Sum(string name, string label = "") =>
        Samples(name).Where(l => l.Contains(label, StringComparison.Ordinal))
            .Sum(l => double.Parse(l.Split(' ')[^1].TrimEnd('\r'), CultureInfo.InvariantCulture));

    public static async Task<MetricsText> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new MetricsText(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
