using System.Runtime.InteropServices;
using Workflow.Web.Options;

namespace Workflow.Bench;

/// <summary>
/// One benchmark run, in order: broker and database server ready (seeded when asked), the service's instances
/// started, warm-up, the maximum throughput phase, the half-load phase, every publication awaited, reads on the full
/// database, the instances stopped, then the raw ceilings on the quiet machine.
/// </summary>
public sealed class BenchRun(BenchOptions o, TextWriter log)
{
    private readonly Latencies _latencies = new();

    public async Task<BenchReport> RunAsync(CancellationToken ct)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var temp = Directory.CreateTempSubdirectory("wf-bench-").FullName;
        var dbPath = o.DbPath ?? Path.Combine(temp, "workflow.db");
        RabbitNode? broker = null;
        PostgresNode? postgres = null;
        ServiceFleet? fleet = null;
        try
        {
            if (o.Transport == Transport.RabbitMq && o.Url is null)
            {
                log.WriteLine("Starting a private RabbitMQ node…");
                broker = await RabbitNode.StartAsync(ct);
            }

            if (o.Provider == DatabaseProvider.PostgreSql && o.Url is null)
            {
                log.WriteLine("Starting a private PostgreSQL server…");
                postgres = await PostgresNode.StartNewAsync(null, ct);
            }

            var database = postgres is null ? BenchDatabase.Sqlite(dbPath) : BenchDatabase.PostgreSql(await postgres.CreateDatabaseAsync(ct));
            var env = ServiceEnvironment(database, temp, broker);
            SeedResult? seed = null;
            if (o.Seed > 0 && o.Url is null)
            {
                // The first start applies the service's migrations and seeds the register and the demo users; the seeder then
                // writes into the database while no service runs.
                await (await ServiceProcess.StartAsync(ServerDll(), env, ct)).DisposeAsync();
                log.WriteLine($"Seeding up to {o.Seed:N0} memos into the {database.Provider} database…");
                seed = Seeder.Run(database, o.Seed);
                log.WriteLine($"  {seed.Documents:N0} memos in the database ({seed.Added:N0} added in {seed.Seconds} s)");
            }

            if (o.Url is null)
            {
                fleet = await ServiceFleet.StartAsync(ServerDll(), env, o.Instances, ct);
                log.WriteLine($"Service pid {string.Join(", ", fleet.Pids)} at {string.Join(", ", fleet.Urls)}");
            }

            using var api = new ApiSession(fleet?.Urls ?? [o.Url!], o.Concurrency * 2 + 8, o.Password, _latencies);
            if (seed is not null)
            {
                seed = seed with { Check = await SeedCheck.RunAsync(api, seed.AddedIds.Count > 0 ? seed.AddedIds : seed.SignedSample, o.Concurrency, ct) };
                log.WriteLine($"  audit verification by the service: {seed.Check.Intact:N0} of {seed.Check.Checked:N0} seeded memos intact");
            }

            var (phases, warmup, allPublished, watcher) = await LoadAsync(api, fleet, startedAt, ct);
            var expected = warmup.Routed + phases.Sum(p => p.Routed);
            var signedSample = seed?.SignedSample is { Count: > 0 } s ? s : [];
            ReadResult? reads = null;
            var documents = o.DbPath is not null || fleet is not null ? ServerSide.Storage(database).Documents : 0;
            if (signedSample.Count > 0 || documents > 0)
                reads = await ReadProbe.MeasureAsync(api, _latencies, signedSample.Count > 0 ? signedSample : await SignedFromRunAsync(api, ct),
                    documents, o.ReadRequests, Math.Min(o.Concurrency, 4), ct);

            ServerResult? server = null;
            if (fleet is not null)
            {
                var (peak, rss) = fleet.Memory();
                server = new ServerResult(Math.Round(peak / 1048576.0, 1), Math.Round(rss / 1048576.0, 1), ServerSide.Storage(database),
                    ServerSide.Pdfs(database, Path.Combine(temp, "publications")));
                await fleet.DisposeAsync();
                fleet = null;
            }

            var publication = Publication(watcher, database, phases, expected, startedAt);
            var ceilings = o.Ceilings ? await CeilingRun.MeasureAsync(o, database, postgres, broker, log, ct)
                : new Ceilings(null, null, null, "skipped (--ceilings false)");
            var passed = allPublished && phases.All(p => p.Failed == 0 && p.Routed == p.Memos) && warmup.Failed == 0 && seed?.Check?.Passed != false;
            var report = new BenchReport(startedAt, Machine(), o.Transport.ToString(), o.Provider.ToString(), o.Instances, o.Memos, o.Concurrency, seed,
                phases, _latencies.Summary(), publication, server, reads, ceilings, [], [], passed);
            report = report with { Ratios = CeilingRun.Ratios(report) };
            return report with { Goals = Goals.Judge(report) };
        }
        finally
        {
            if (fleet is not null)
            {
                log.WriteLine("Service output (last lines):\n" + fleet.Output());
                await fleet.DisposeAsync();
            }

            if (broker is not null)
                await broker.DisposeAsync();
            if (postgres is not null)
                await postgres.DisposeAsync();
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Warm-up, the maximum-throughput phase, the half-load phase, and every publication awaited.</summary>
    private async Task<(List<PhaseResult> Phases, PhaseResult Warmup, bool AllPublished, PublicationWatcher Watcher)> LoadAsync(
        ApiSession api, ServiceFleet? fleet, DateTimeOffset startedAt, CancellationToken ct)
    {
        var watcher = new PublicationWatcher(api.Http, o.PollInterval);
        using var stopWatching = new CancellationTokenSource();
        var watching = watcher.RunAsync(stopWatching.Token);
        var driver = new RouteDriver(api, watcher, $"bench {startedAt:HHmmss}");
        var tokens = await driver.SignInAsync(o.Concurrency, ct);

        var phases = new List<PhaseResult>();
        // Long enough by default for tiered compilation to settle (about 30 s of load): its JIT work is a start-up cost,
        // and counted in the first phase it added several milliseconds to the CPU per memo of a run of a few thousand.
        var warmup = await driver.RunClosedAsync("warmup", Math.Min(o.Memos, o.Concurrency * 4), tokens, ct, o.Warmup);
        log.WriteLine($"Warm-up: {warmup.Routed} memos");
        await watcher.WaitAllAsync(warmup.Routed, o.PublishTimeout, ct);
        var max = await Measured(fleet, () => driver.RunClosedAsync("max", o.Memos, tokens, ct));
        phases.Add(max);
        log.WriteLine($"Maximum: {max.MemosPerSecond} memos/s, {max.ActionsPerSecond} actions/s");
        await watcher.WaitAllAsync(warmup.Routed + max.Routed, o.PublishTimeout, ct);
        if (o.HalfLoad && max.MemosPerSecond > 0)
        {
            var rate = max.MemosPerSecond / 2;
            var half = await Measured(fleet, () => driver.RunOpenAsync("half", (int)Math.Min(o.Memos, Math.Max(10, rate * 30)), rate, tokens, ct));
            phases.Add(half);
            log.WriteLine($"Half load: {half.MemosPerSecond} memos/s offered {rate:0.0}");
        }

        var allPublished = await watcher.WaitAllAsync(warmup.Routed + phases.Sum(p => p.Routed), o.PublishTimeout, ct);
        await stopWatching.CancelAsync();
        await watching;
        return (phases, warmup, allPublished, watcher);
    }

    /// <summary>Runs a phase and adds the CPU time the service (all its instances) and this process spent on it, per routed memo.</summary>
    private static async Task<PhaseResult> Measured(ServiceFleet? service, Func<Task<PhaseResult>> phase)
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
            // Files in one folder for every instance, as a shared volume would hold them.
            ["Storage__AttachmentsPath"] = Path.Combine(temp, "attachments"),
            ["Publication__PdfPath"] = Path.Combine(temp, "publications"),
            ["DataProtection__KeysPath"] = Path.Combine(temp, "keys"),
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
