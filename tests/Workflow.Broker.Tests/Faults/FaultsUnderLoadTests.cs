using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Workflow.Web.Tests.Infrastructure;
using System.Net.Http.Json;
using Workflow.Bench;

namespace Workflow.Broker.Tests.Faults;

/// <summary>
/// kill -9 the service again and again while memos are being routed, restart it on the same database, and check
/// that nothing acknowledged was lost: every 2xx action is in the audit, every chain verifies, every signed memo
/// is published exactly once, and no register number was given twice. The same for a RabbitMQ outage under load.
/// CI runs a few kills per transport and an 8 s outage; CRASH_KILLS, CRASH_WORKERS and OUTAGE_SECONDS raise them.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class FaultsUnderLoadTests(RabbitMqBroker broker) : IDisposable
{
    private static readonly int Kills = int.TryParse(Environment.GetEnvironmentVariable("CRASH_KILLS"), out var k) ? k : 3;
    private static readonly int Workers = int.TryParse(Environment.GetEnvironmentVariable("CRASH_WORKERS"), out var w) ? w : 8;
    private readonly string _root = Directory.CreateTempSubdirectory("workflow-crash-").FullName;
    private string _brokerLog = "not stopped";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly int OutageSeconds = int.TryParse(Environment.GetEnvironmentVariable("OUTAGE_SECONDS"), out var o) ? o : 8;

    [Fact]
    public Task Kill_9_under_load_loses_nothing_acknowledged_with_the_in_process_bus() => RunAsync([], KillRepeatedlyAsync);

    [Fact]
    public async Task Kill_9_under_load_loses_nothing_acknowledged_with_RabbitMQ()
    {
        broker.EnsureAvailable();
        await RunAsync(await RabbitMqAsync(), KillRepeatedlyAsync);
    }

    [Fact]
    public async Task Broker_outage_under_load_degrades_health_and_loses_nothing_acknowledged()
    {
        broker.EnsureRestartable();
        await RunAsync(await RabbitMqAsync(), async (host, _) =>
        {
            await Task.Delay(1500, Ct);
            await broker.StopAsync(Ct);
            var down = Stopwatch.StartNew();
            try
            {
                var degraded = false;
                while (down.Elapsed < TimeSpan.FromSeconds(OutageSeconds))
                {
                    degraded |= await HealthAsync(host.Service.Url) == "Degraded";
                    await Task.Delay(250, Ct);
                }

                Assert.True(degraded, $"/health never said Degraded during a {OutageSeconds} s broker outage.");
            }
            finally
            {
                await broker.StartAsync(Ct);
            }

            _brokerLog = $"down for {down.Elapsed.TotalSeconds:0.0} s under load, restarted in {broker.LastStartDuration.TotalSeconds:0.0} s";
            TestContext.Current.SendDiagnosticMessage($"RabbitMQ was {_brokerLog}");
        });
    }

    // A virtual host of its own: the events an earlier test left unconsumed must not queue ahead of this test's.
    private async Task<Dictionary<string, string>> RabbitMqAsync() => new()
    {
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMq__Host"] = broker.Host,
        ["Messaging__RabbitMq__Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
        ["Messaging__RabbitMq__VirtualHost"] = await broker.AddVirtualHostAsync(Ct),
        ["Messaging__RabbitMq__Username"] = broker.Username,
        ["Messaging__RabbitMq__Password"] = broker.Password,
        // Short, so that the outage shows on /health within it.
        ["Messaging__OutboxDegradedAfter"] = "00:00:02",
    };

    private static async Task KillRepeatedlyAsync(ServiceHost host, CrashLoad load)
    {
        for (var i = 0; i < Kills; i++)
        {
            // A kill before the restarted service took any action proves nothing, and on a loaded machine (CI running
            // beside other work) the start-up alone can outlast the random delay: wait for progress first (bounded).
            var before = load.AcknowledgedCount;
            for (var waited = 0; load.AcknowledgedCount == before && waited < 600; waited++)
                await Task.Delay(100, Ct);
            await Task.Delay(TimeSpan.FromMilliseconds(1500 + Random.Shared.Next(1500)), Ct);
            using (var process = Process.GetProcessById(host.Service.Pid))
                process.Kill(entireProcessTree: true); // SIGKILL: no shutdown hooks, no checkpoint
            await host.RestartAsync();
        }
    }

    private static async Task<string?> HealthAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = await http.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri(url, "/health"), Ct);
        return health.GetProperty("status").GetString();
    }

    private async Task RunAsync(Dictionary<string, string> transport, Func<ServiceHost, CrashLoad, Task> fault)
    {
        var env = ServiceHost.Settings(_root);
        env["Database__Path"] = Path.Combine(_root, "workflow.db");
        foreach (var (key, value) in transport)
            env[key] = value;
        await using var host = new ServiceHost(ServiceHost.Dll, env);
        await host.RestartAsync();
        var load = new CrashLoad(() => host.Service.Url);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => load.RunWorkerAsync(stop.Token), Ct)).ToList();
        var clock = Stopwatch.StartNew();
        try
        {
            await fault(host, load);
            await Task.Delay(1500, Ct);
            await stop.CancelAsync();
            await Task.WhenAll(workers);

            var acknowledged = load.Acknowledged.ToDictionary(p => p.Key, p => p.Value.ToList());
            Assert.True(acknowledged.Values.Sum(a => a.Count) > 0, "The load made no progress at all.");
            var invariants = await CrashInvariants.CheckAsync(host.Service.Url, Path.Combine(_root, "workflow.db"), acknowledged,
                async () => $"Broker: {_brokerLog}\n" +
                    (transport.GetValueOrDefault("Messaging__RabbitMq__VirtualHost") is { } vhost ? $"Queues:\n{await broker.ListQueuesAsync(vhost, Ct)}\n" : "") +
                    $"Service output (last lines):\n{host.Service.Output()}", Ct);
            var summary = $"{TestContext.Current.Test?.TestDisplayName}: {host.Starts - 1} restarts in {clock.Elapsed.TotalSeconds:0} s, " +
                $"{acknowledged.Values.Sum(a => a.Count)} actions acknowledged, {load.WireFailures} requests cut by a fault, " +
                $"{invariants.Signed} memos signed and published once, lost: {invariants.Lost}";
            TestContext.Current.TestOutputHelper?.WriteLine(summary);
            // Kept beside the test binaries, so the README's figures can be read back after a full run.
            var results = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;
            await File.AppendAllTextAsync(Path.Combine(results, "faults-summary.txt"), $"{DateTime.UtcNow:u} {summary}\n", Ct);
            Assert.Equal(0, invariants.Lost);
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        ServiceHost.DeleteFolder(_root);
    }
}
