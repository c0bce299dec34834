using System.Diagnostics;
using System.Globalization;
using System.Net;
using Npgsql;
using Workflow.Bench;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Broker.Tests.Faults;

/// <summary>
/// Several instances of the service (child processes) on one PostgreSQL and one RabbitMQ, under load spread over
/// them: kill -9 of one instance again and again, and the PostgreSQL server stopped for 20 s. After each, nothing
/// acknowledged is lost, every chain verifies, every signed memo is published exactly once, no register number is
/// given twice, the outbox drains — all without anyone stepping in. CRASH_KILLS and CRASH_WORKERS raise the load.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PostgreSqlFaultsTests(RabbitMqBroker broker) : IDisposable
{
    private const int Instances = 3;
    private static readonly TimeSpan DatabaseOutage = TimeSpan.FromSeconds(20);
    private static readonly int Kills = int.TryParse(Environment.GetEnvironmentVariable("CRASH_KILLS"), out var k) ? k : 3;
    private static readonly int Workers = int.TryParse(Environment.GetEnvironmentVariable("CRASH_WORKERS"), out var w) ? w : 6;
    private readonly string _root = Directory.CreateTempSubdirectory("workflow-pg-faults-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kill_9_of_one_of_three_instances_under_load_loses_nothing_acknowledged()
    {
        broker.EnsureAvailable();
        var database = await PostgresServer.Node.CreateDatabaseAsync(Ct);
        await RunAsync(database, Instances, async (hosts, load) =>
        {
            for (var i = 0; i < Kills; i++)
            {
                await ProgressAsync(load);
                await Task.Delay(TimeSpan.FromMilliseconds(1000 + Random.Shared.Next(1500)), Ct);
                var victim = hosts[Random.Shared.Next(hosts.Count)];
                using (var process = Process.GetProcessById(victim.Service.Pid))
                    process.Kill(entireProcessTree: true); // SIGKILL: no shutdown hooks; its claims and messages in flight are left behind
                await victim.RestartAsync();
            }

            return $"{Kills} kills of one of {hosts.Count} instances";
        });
    }

    [Fact]
    public async Task PostgreSQL_stopped_for_20_s_under_load_answers_503_and_recovers_by_itself()
    {
        broker.EnsureAvailable();
        if (Environment.GetEnvironmentVariable("POSTGRES_URL") is { Length: > 0 })
            Assert.Skip("This test stops the database server: it needs a private one, so unset POSTGRES_URL");
        await using var server = await PostgresNode.StartNewAsync(ct: Ct);
        var database = await server.CreateDatabaseAsync(Ct);
        var unavailableBefore = 0;
        await RunAsync(database, 2, async (hosts, load) =>
        {
            await ProgressAsync(load);
            await Task.Delay(1000, Ct);
            unavailableBefore = load.Unavailable;
            await server.StopAsync(Ct);
            var down = Stopwatch.StartNew();
            var unhealthy = false;
            while (down.Elapsed < DatabaseOutage)
            {
                unhealthy |= await HealthStatusAsync(hosts[0].Service.Url) == HttpStatusCode.ServiceUnavailable;
                await Task.Delay(500, Ct);
            }

            await server.StartAsync(Ct);
            Assert.True(unhealthy, "/health never answered 503 while the database was stopped.");
            // Memos signed again after the server came back, through the same instances, none of them restarted
            // (their publication is among the invariants checked below).
            var signed = Signatures(load);
            for (var waited = 0; Signatures(load) == signed && waited < 1200; waited++)
                await Task.Delay(100, Ct);
            Assert.True(Signatures(load) > signed, "No memo was signed in the two minutes after the database came back.");
            Assert.True(load.Unavailable > unavailableBefore, "No request was answered 503 with Retry-After while the database was stopped.");
            return $"PostgreSQL stopped for {DatabaseOutage.TotalSeconds:0} s, {load.Unavailable - unavailableBefore} answers 503 with Retry-After";
        });
    }

    private static async Task<HttpStatusCode> HealthStatusAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var response = await http.GetAsync(new Uri(url, "/health"), Ct);
        return response.StatusCode;
    }

    private static int Signatures(CrashLoad load) => load.Acknowledged.Values.Sum(actions => actions.Count(a => a == "sign"));

    /// <summary>Waits (bounded) until the load has had at least one more action acknowledged.</summary>
    private static async Task ProgressAsync(CrashLoad load)
    {
        var before = load.AcknowledgedCount;
        for (var waited = 0; load.AcknowledgedCount == before && waited < 1200; waited++)
            await Task.Delay(100, Ct);
        Assert.True(load.AcknowledgedCount > before, "The load made no progress for two minutes.");
    }

    private async Task RunAsync(string database, int instances, Func<IReadOnlyList<ServiceHost>, CrashLoad, Task<string>> fault)
    {
        var env = ServiceHost.Settings(_root);
        env["Database__Provider"] = "PostgreSql";
        env["Database__ConnectionString"] = database;
        env["Messaging__Transport"] = "RabbitMq";
        env["Messaging__RabbitMq__Host"] = broker.Host;
        env["Messaging__RabbitMq__Port"] = broker.Port.ToString(CultureInfo.InvariantCulture);
        env["Messaging__RabbitMq__VirtualHost"] = await broker.AddVirtualHostAsync(Ct);
        env["Messaging__RabbitMq__Username"] = broker.Username;
        env["Messaging__RabbitMq__Password"] = broker.Password;
        var hosts = Enumerable.Range(0, instances).Select(_ => new ServiceHost(ServiceHost.Dll, env)).ToList();
        try
        {
            // Started together on one empty database: migration, seeding and route snapshots race.
            await Task.WhenAll(hosts.Select(h => h.RestartAsync()));
            // Each request goes to any instance: a token issued by one is used on the others (shared key ring).
            var load = new CrashLoad(() => hosts[Random.Shared.Next(hosts.Count)].Service.Url);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => load.RunWorkerAsync(stop.Token), Ct)).ToList();
            var clock = Stopwatch.StartNew();
            string what;
            try
            {
                what = await fault(hosts, load);
                await Task.Delay(1500, Ct);
            }
            finally
            {
                await stop.CancelAsync();
                await Task.WhenAll(workers);
            }

            var acknowledged = load.Acknowledged.ToDictionary(p => p.Key, p => p.Value.ToList());
            await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ToString());
            await db.OpenAsync(Ct);
            var invariants = await CrashInvariants.CheckAsync(hosts[0].Service.Url, db, acknowledged,
                () => Task.FromResult(string.Join("\n", hosts.Select((h, i) => $"Instance {i} output (last lines):\n{h.Service.Output()}"))), Ct);
            var summary = $"{TestContext.Current.Test?.TestDisplayName}: {what} in {clock.Elapsed.TotalSeconds:0} s, " +
                $"{acknowledged.Values.Sum(a => a.Count)} actions acknowledged, {load.WireFailures} requests cut by a fault, " +
                $"{invariants.Signed} memos signed and published once, lost: {invariants.Lost}";
            TestContext.Current.TestOutputHelper?.WriteLine(summary);
            var results = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;
            await File.AppendAllTextAsync(Path.Combine(results, "faults-summary.txt"), $"{DateTime.UtcNow:u} {summary}\n", Ct);
            Assert.True(load.ServerErrors == 0, $"{load.ServerErrors} answers were an unhandled 5xx; the last: {load.LastServerError}");
            Assert.Equal(0, invariants.Lost);
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
        }
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        ServiceHost.DeleteFolder(_root);
    }
}
