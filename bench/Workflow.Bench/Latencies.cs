using System.Collections.Concurrent;

namespace Workflow.Bench;

/// <summary>Latency summary in milliseconds (nearest-rank percentiles).</summary>
public sealed record LatencyStats(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencyStats Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
            return new(0, 0, 0, 0, 0, 0);
        var sorted = samples.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, Math.Round(sorted.Average(), 2), Round(At(0.50)), Round(At(0.95)), Round(At(0.99)), Round(sorted[^1]));
    }

    private static double Round(double v) => Math.Round(v, 2);

    public override string ToString() => $"p50 {P50,7:0.00}  p95 {P95,7:0.00}  p99 {P99,7:0.00}  max {Max,8:0.00} ms  (n={Count})";
}

/// <summary>Samples per name (action type), safe to add from many workers.</summary>
public sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _samples = new();

    public void Add(string name, double milliseconds) => _samples.GetOrAdd(name, _ => new()).Enqueue(milliseconds);

    public IReadOnlyCollection<double> Of(string name) => _samples.TryGetValue(name, out var q) ? q.ToArray() : [];

    public IEnumerable<string> Names => _samples.Keys.Order();

    public Dictionary<string, LatencyStats> Summary() => Names.ToDictionary(n => n, n => LatencyStats.Of(Of(n)));
}
