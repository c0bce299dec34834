using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Workflow.Bench;

namespace Workflow.Broker.Tests.Faults;

/// <summary>
/// kill -9 the service again and again while memos are being routed, restart it on the same database, and check
/// that nothing acknowledged was lost: every 2xx action is in the audit, every chain verifies, every signed memo
/// is published exactly once, and no register number was given twice. CI runs a few kills per transport;
/// CRASH_KILLS and CRASH_WORKERS raise it for the full run.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class CrashRecoveryTests(RabbitMqBroker broker) : IDisposable
{
    private static readonly int Kills = int.TryParse(Environment.GetEnvironmentVariable("CRASH_KILLS"), out var k) ? k : 3;
    private static readonly int Workers = int.TryParse(Environment.GetEnvironmentVariable("CRASH_WORKERS"), out var w) ? w : 8;
    private readonly string _root = Directory.CreateTempSubdirectory("workflow-crash-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task Kill_9_under_load_loses_nothing_acknowledged_with_the_in_process_bus() => RunAsync(new Dictionary<string, string>());

    [Fact]
    public Task Kill_9_under_load_loses_nothing_acknowledged_with_RabbitMQ()
    {
        broker.EnsureAvailable();
        return RunAsync(new Dictionary<string, string>
        {
            ["Messaging__Transport"] = "RabbitMq",
            ["Messaging__RabbitMq__Host"] = broker.Host,
            ["Messaging__RabbitMq__Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
            ["Messaging__RabbitMq__VirtualHost"] = broker.VirtualHost,
            ["Messaging__RabbitMq__Username"] = broker.Username,
            ["Messaging__RabbitMq__Password"] = broker.Password,
        });
    }

    private async Task RunAsync(Dictionary<string, string> transport)
    {
        var env = new Dictionary<string, string>(transport)
        {
            ["Database__Path"] = Path.Combine(_root, "workflow.db"),
            ["Storage__AttachmentsPath"] = Path.Combine(_root, "attachments"),
            ["DataProtection__KeysPath"] = Path.Combine(_root, "keys"),
            ["Workflows__Path"] = Path.Combine(RepositoryRoot(), "workflows"),
            ["Demo__SeedUsers"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var dll = Path.Combine(AppContext.BaseDirectory, "Workflow.Web.dll");
        var service = await ServiceProcess.StartAsync(dll, env, Ct);
        var load = new CrashLoad(() => service.Url);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => load.RunWorkerAsync(stop.Token), Ct)).ToList();
        var clock = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < Kills; i++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1500 + Random.Shared.Next(1500)), Ct);
                using (var process = Process.GetProcessById(service.Pid))
                    process.Kill(entireProcessTree: true); // SIGKILL: no shutdown hooks, no checkpoint
                await service.DisposeAsync();
                service = await ServiceProcess.StartAsync(dll, env, Ct);
            }

            await Task.Delay(1500, Ct);
            await stop.CancelAsync();
            await Task.WhenAll(workers);

            var acknowledged = load.Acknowledged.ToDictionary(p => p.Key, p => p.Value.ToList());
            Assert.True(acknowledged.Values.Sum(a => a.Count) > 0, "The load made no progress at all.");
            var invariants = await CrashInvariants.CheckAsync(service.Url, Path.Combine(_root, "workflow.db"), acknowledged, Ct);
            TestContext.Current.SendDiagnosticMessage(
                $"{Kills} kills in {clock.Elapsed.TotalSeconds:0} s, {acknowledged.Values.Sum(a => a.Count)} actions acknowledged, " +
                $"{load.WireFailures} requests cut by a kill, {invariants.Signed} memos signed and published once, lost: {invariants.Lost}");
            Assert.Equal(0, invariants.Lost);
        }
        finally
        {
            await stop.CancelAsync();
            await service.DisposeAsync();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflow.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Workflow.sln not found above the test binaries.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does not change the result.
        }
    }
}
