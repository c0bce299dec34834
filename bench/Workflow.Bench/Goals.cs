using Workflow.Web.Options;

namespace Workflow.Bench;

/// <summary>The targets of issues 5 and 13, judged from one run's figures. Targets, not assertions: the run passes on publication alone.</summary>
public static class Goals
{
    private static readonly string[] Actions = ["submit", "endorse", "sign"];

    public static List<Goal> Judge(BenchReport r)
    {
        var goals = new List<Goal>();
        var max = r.Phases.FirstOrDefault(p => p.Name == "max");
        var inMemory = r.Transport == nameof(Transport.InMemory);
        var sqlite = r.Provider == nameof(DatabaseProvider.Sqlite);
        if (max is not null)
            goals.Add(new("throughput (SQLite, in-process bus)", "≥ 400 memos/s, ≥ 2,000 actions/s",
                $"{max.MemosPerSecond:0} memos/s, {max.ActionsPerSecond:0} actions/s", inMemory && sqlite ? max.MemosPerSecond >= 400 && max.ActionsPerSecond >= 2000 : null));
        // Issue 13: CPU per memo is what scales (instances on shared cores split the throughput, not the work).
        if (max?.ServerCpuMsPerMemo is { } cpu)
            goals.Add(new($"service CPU per routed memo ({r.Provider} × {r.Instances})", sqlite ? "≤ 5 ms" : "≤ 7 ms", $"{cpu:0.0} ms", cpu <= (sqlite ? 5 : 7)));
        if (r.Phases.Any(p => p.Name == "half"))
        {
            var worst = Actions.Select(a => r.Latency.GetValueOrDefault($"half/{a}")).Where(s => s is not null).Max(s => s!.P99);
            goals.Add(new("p99 action latency at half the maximum throughput", "≤ 20 ms", $"{worst:0.0} ms (worst of submit, endorse, sign)", worst <= 20));
        }

        var limit = inMemory ? 100 : 250;
        foreach (var (phase, stats) in r.Publication.ClientSide)
        {
            var server = r.Publication.ServerSide.GetValueOrDefault(phase);
            goals.Add(new($"signature → public p99 ({phase} load, {(inMemory ? "in-process" : "RabbitMQ")})", $"≤ {limit} ms",
                $"{stats.P99:0.0} ms seen by a reader" + (server is null ? "" : $", {server.P99:0.0} ms in the server's records"), stats.P99 <= limit));
        }

        var seeded = r.Reads?.DocumentsInDatabase >= 100_000;
        if (r.Server is not null)
            goals.Add(new("peak RSS after 100,000 memos", "≤ 300 MB", $"{r.Server.PeakRssMb:0} MB with {r.Reads?.DocumentsInDatabase ?? 0:N0} memos",
                seeded ? r.Server.PeakRssMb <= 300 : null));
        if (r.Reads is not null)
            goals.Add(new("inbox and memo page p99 at 100,000 memos", "≤ 20 ms",
                $"inbox {r.Reads.Inbox.P99:0.0} ms, memo page {r.Reads.DocumentPage.P99:0.0} ms with {r.Reads.DocumentsInDatabase:N0} memos",
                seeded ? r.Reads.Inbox.P99 <= 20 && r.Reads.DocumentPage.P99 <= 20 : null));
        return goals;
    }
}
