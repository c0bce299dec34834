using System.Runtime.InteropServices;

namespace Workflow.Bench;

/// <summary>
/// One benchmark run, in order: broker and database ready (seeded when asked), service started, warm-up, the maximum
/// throughput phase, the half-load phase, every publication awaited, reads on the full database, service stopped,
/// then the raw ceilings on the quiet machine.
/// </summary>
public sealed class BenchRun(BenchOptions o, TextWriter log)
{
    private readonly Latencies _latencies = new();

    public async Task<BenchReport> RunAsync(CancellationToken ct)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var temp = Directory.CreateTempSubdirectory("wf-bench-").FullName;
        var dbPath = o.DbPath ?? Path.Combine(temp, "workflow.db");
        var database = BenchDatabase.Sqlite(dbPath);
        RabbitNode? broker = null;
        ServiceProcess? service = null;
        try
        {
            if (o.Transport == Transport.RabbitMq && o.Url is null)
            {
                log.WriteLine("Starting a private RabbitMQ node…");
                broker = await RabbitNode.StartAsync(ct);
            }

            var env = ServiceEnvironment(database, temp, broker);
            SeedResult? seed = null;
            if (o.Seed > 0 && o.Url is null)
            {
                // The first start applies the service's migrations and seeds the register and the demo users; the seeder then
                // writes into the database while no service runs.
                await (await ServiceProcess.StartAsync(ServerDll(), env, ct)).DisposeAsync();
                log.WriteLine($"Seeding up to {o.Seed:N0} memos into {dbPath}…");
                seed = Seeder.Run(database, o.Seed);
                log.WriteLine($"  {seed.Documents:N0} memos in the database ({seed.Added:N0} added in {seed.Seconds} s)");
            }

            if (o.Url is null)
            {
                service = await ServiceProcess.StartAsync(ServerDll(), env, ct);
                log.WriteLine($"Service pid {service.Pid} at {service.Url}");
            }

            var url = o.Url ?? service!.Url;
            using var api = new ApiSession(url, o.Concurrency * 2 + 8, o.Password, _latencies);
            var watcher = new PublicationWatcher(api.Http, o.PollInterval);
            using var stopWatching = new CancellationTokenSource();
            var watching = watcher.RunAsync(stopWatching.Token);
            var driver = new RouteDriver(api, watcher, $"bench {startedAt:HHmmss}");
            if (seed is not null)
            {
                seed = seed with { Check = await SeedCheck.RunAsync(api, seed.AddedIds.Count > 0 ? seed.AddedIds : seed.SignedSample, o.Concurrency, ct) };
                log.WriteLine($"  audit verification by the service: {seed.Check.Intact:N0} of {seed.Check.Checked:N0} seeded memos intact");
            }

            var tokens = await driver.SignInAsync(o.Concurrency, ct);

            var phases = new List<PhaseResult>();
            var warmup = await driver.RunClosedAsync("warmup", Math.Min(o.Memos, o.Concurrency * 4), tokens, ct);
            log.WriteLine($"Warm-up: {warmup.Routed} memos");
            await watcher.WaitAllAsync(warmup.Routed, o.PublishTimeout, ct);
            var max = await Measured(service, () => driver.RunClosedAsync("max", o.Memos, tokens, ct));
            phases.Add(max);
            log.WriteLine($"Maximum: {max.MemosPerSecond} memos/s, {max.ActionsPerSecond} actions/s");
            await watcher.WaitAllAsync(warmup.Routed + max.Routed, o.PublishTimeout, ct);
            if (o.HalfLoad && max.MemosPerSecond > 0)
            {
                var rate = max.MemosPerSecond / 2;
                var half = await Measured(service, () => driver.RunOpenAsync("half", (int)Math.Min(o.Memos, Math.Max(10, rate * 30)), rate, tokens, ct));
                phases.Add(half);
                log.WriteLine($"Half load: {half.MemosPerSecond} memos/s offered {rate:0.0}");
            }

            var expected = warmup.Routed + phases.Sum(p => p.Routed);
            var allPublished = await watcher.WaitAllAsync(expected, o.PublishTimeout, ct);
            await stopWatching.CancelAsync();
            await watching;

            var signedSample = seed?.SignedSample is { Count: > 0 } s ? s : [];
            ReadResult? reads = null;
            var documents = o.DbPath is not null || service is not null ? ServerSide.Storage(database).Documents : 0;
            if (signedSample.Count > 0 || documents > 0)
                reads = await ReadProbe.MeasureAsync(api, _latencies, signedSample.Count > 0 ? signedSample : await SignedFromRunAsync(api, ct),
                    documents, o.ReadRequests, Math.Min(o.Concurrency, 4), ct);

            ServerResult? server = null;
            if (service is not null)
            {
                var (peak, rss) = service.Memory();
                server = new ServerResult(Math.Round(peak / 1048576.0, 1), Math.Round(rss / 1048576.0, 1), ServerSide.Storage(database));
                await service.DisposeAsync();
                service = null;
            }

            var publication = Publication(watcher, database, phases, expected, startedAt);
            var ceilings = o.Ceilings ? await CeilingsAsync(dbPath, broker, ct) : new Ceilings(null, null, "skipped (--ceilings false)");
            var passed = allPublished && phases.All(p => p.Failed == 0 && p.Routed == p.Memos) && warmup.Failed == 0 && seed?.Check?.Passed != false;
            var report = new BenchReport(startedAt, Machine(), o.Transport.ToString(), o.Memos, o.Concurrency, seed, phases,
                _latencies.Summary(), publication, server, reads, ceilings, [], [], passed);
            report = report with { Ratios = Ratios(report) };
            return report with { Goals = Goals.Judge(report) };
        }
        finally
        {
            if (service is not null)
            {
                log.WriteLine("Service output (last lines):\n" + service.Output());
                await service.DisposeAsync();
            }

            if (broker is not null)
                await broker.DisposeAsync();
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Runs a phase and adds the CPU time the service and this process spent on it, per routed memo.</summary>
    private static async Task<PhaseResult> Measured(ServiceProcess? service, Func<Task<PhaseResult>> phase)
    {
        var server = service?.CpuTime();
        var client = Environment.CpuUsage.TotalTime;
        var result = await phase();
        var routed = Math.Max(1, result.Routed);
        return result with
        {
            ServerCpuMsPerMemo = service is null ? null : Math.Round((service.CpuTime() - server!.Value).TotalMilliseconds / routed, 2),
            ClientCpuMsPerMemo = Math.Round((Environment.CpuUsage.TotalTime - client).TotalMilliseconds / routed, 2),
        };
    }

    private Dictionary<string, string> ServiceEnvironment(BenchDatabase database, string temp, RabbitNode? broker)
    {
        var env = new Dictionary<string, string>(database.ServiceSettings())
        {
            ["Demo__SeedUsers"] = "true",
            // The benchmark signs as the mayor with a password only (ADR 31).
            ["SecondFactor__RequiredFor"] = "None",
            ["Storage__AttachmentsPath"] = Path.Combine(temp, "attachments"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (broker is not null)
        {
            env["Messaging__Transport"] = "RabbitMq";
            env["Messaging__RabbitMq__Host"] = broker.Host;
            env["Messaging__RabbitMq__Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            env["Messaging__RabbitMq__VirtualHost"] = broker.VirtualHost;
            env["Messaging__RabbitMq__Username"] = broker.Username;
            env["Messaging__RabbitMq__Password"] = broker.Password;
        }

        foreach (var (key, value) in o.ServerEnv)
            env[key] = value;
        return env;
    }

    private PublicationResult Publication(PublicationWatcher watcher, BenchDatabase database, List<PhaseResult> phases, int expected, DateTimeOffset since)
    {
        var client = phases.ToDictionary(p => p.Name, p => LatencyStats.Of(watcher.Latencies(p.Name)));
        var server = new Dictionary<string, LatencyStats>();
        if (database.Provider == DatabaseProvider.PostgreSql || File.Exists(database.Connection))
        {
            foreach (var p in phases)
                server[p.Name] = LatencyStats.Of(ServerSide.PublicationLatencies(database, watcher.RegisterNumbers(p.Name), since).Values.ToList());
        }

        return new PublicationResult(expected, watcher.Published, watcher.Polls, o.PollInterval.TotalMilliseconds, client, server);
    }

    private async Task<Ceilings> CeilingsAsync(string dbPath, RabbitNode? broker, CancellationToken ct)
    {
        var duration = TimeSpan.FromSeconds(o.Memos >= 500 ? 3 : 1);
        log.WriteLine("Measuring the SQLite ceiling…");
        var synchronous = o.ServerEnv.FirstOrDefault(e => e.Key == "Database__Synchronous").Value ?? "Normal";
        var sqlite = SqliteCeiling.Measure(Path.GetDirectoryName(dbPath)!, synchronous, duration);
        log.WriteLine("Measuring the RabbitMQ ceiling…");
        try
        {
            var node = broker ?? await RabbitNode.StartAsync(ct);
            try
            {
                return new Ceilings(sqlite, await RabbitCeiling.MeasureAsync(node.CreateFactory(), duration, 16, ct), null);
            }
            finally
            {
                if (broker is null)
                    await node.DisposeAsync();
            }
        }
        catch (InvalidOperationException e)
        {
            return new Ceilings(sqlite, null, e.Message);
        }
    }

    private static Dictionary<string, double> Ratios(BenchReport r)
    {
        var ratios = new Dictionary<string, double>();
        var max = r.Phases.FirstOrDefault(p => p.Name == "max");
        if (max is not null && r.Ceilings.Sqlite is { } q)
        {
            ratios["actions/s ÷ SQLite action tx/s"] = Math.Round(max.ActionsPerSecond / q.ActionTxPerSecond, 3);
            ratios["actions/s ÷ SQLite single-row tx/s"] = Math.Round(max.ActionsPerSecond / q.SingleRowTxPerSecond, 3);
            if (r.Latency.GetValueOrDefault("half/endorse") is { } e)
                ratios["endorse p50 at half load ÷ SQLite action tx p50"] = Math.Round(e.P50 / Math.Max(q.ActionTx.P50, 0.001), 1);
        }

        if (max is not null && r.Ceilings.RabbitMq is { } b)
        {
            ratios["actions/s ÷ RabbitMQ round trips/s (16 publishers)"] = Math.Round(max.ActionsPerSecond / b.ConcurrentRoundTripsPerSecond, 3);
            if (r.Publication.ServerSide.GetValueOrDefault("half") is { Count: > 0 } pub)
                ratios["signature→public p50 (server) at half load ÷ RabbitMQ round trip p50"] = Math.Round(pub.P50 / Math.Max(b.SequentialRoundTrip.P50, 0.001), 1);
        }

        return ratios;
    }

    private static async Task<List<Guid>> SignedFromRunAsync(ApiSession api, CancellationToken ct)
    {
        var token = await api.LoginAsync("legal", ct);
        var mine = await api.SendAsync("warmup", HttpMethod.Get, "/api/documents/mine?limit=500", token, null, System.Net.HttpStatusCode.OK, ct);
        return [.. mine.EnumerateArray().Where(d => d.GetProperty("status").GetString() == "Signed").Select(d => d.GetProperty("id").GetGuid())];
    }

    private string ServerDll() => o.ServerDll ?? Path.Combine(RepositoryRoot(), "src", "Workflow.Web", "bin", "Release", "net10.0", "Workflow.Web.dll");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflow.sln")))
                return dir.FullName;
        }

        return Directory.GetCurrentDirectory();
    }

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}";
}
