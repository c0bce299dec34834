using System.Diagnostics;
using RabbitMQ.Client;

namespace Workflow.Bench;

/// <summary>
/// The broker for --transport rabbitmq: RABBITMQ_URL if set, or else a private node of the local rabbitmq-server
/// (own node name, ports, data dir and Erlang cookie, bound to 127.0.0.1), as the broker tests start it.
/// </summary>
public sealed class RabbitNode : IAsyncDisposable
{
    private readonly string? _scriptsDir;
    private readonly string? _dataDir;
    private readonly Dictionary<string, string> _env = [];
    private Process? _server;

    private RabbitNode(Uri uri, string? scriptsDir, string? dataDir)
    {
        Uri = uri;
        _scriptsDir = scriptsDir;
        _dataDir = dataDir;
    }

    public Uri Uri { get; }

    public string Username => Uri.UnescapeDataString(Uri.UserInfo.Split(':', 2)[0]);

    public string Password => Uri.UnescapeDataString(Uri.UserInfo.Split(':', 2) is [_, var p] ? p : "");

    public string VirtualHost => Uri.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(Uri.AbsolutePath[1..]) : "/";

    public static async Task<RabbitNode> StartAsync(CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } url)
        {
            var external = new RabbitNode(new Uri(url), null, null);
            await external.WaitUntilReadyAsync(ct);
            return external;
        }

        // Debian's /usr/sbin wrapper switches user and drops the environment, so run the scripts it wraps.
        var scripts = File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server") ? "/usr/lib/rabbitmq/bin"
            : throw new InvalidOperationException("rabbitmq-server is not installed (apt-get install rabbitmq-server), and RABBITMQ_URL is not set.");
        var dataDir = Directory.CreateTempSubdirectory("wf-bench-rabbitmq-").FullName;
        var ports = Enumerable.Range(0, 3).Select(_ => ServiceProcess.FreePort()).ToArray();
        var node = new RabbitNode(new Uri($"amqp://guest:guest@127.0.0.1:{ports[0]}/"), scripts, dataDir);
        File.WriteAllText(Path.Combine(dataDir, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(dataDir, "rabbitmq-env.conf"), "");
        File.WriteAllText(Path.Combine(dataDir, "rabbitmq.conf"), "disk_free_limit.absolute = 1MB\n");
        var env = node._env;
        env["HOME"] = dataDir;
        env["RABBITMQ_NODENAME"] = $"wf-bench-{Guid.NewGuid().ToString("N")[..8]}@localhost";
        env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        env["RABBITMQ_NODE_PORT"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["RABBITMQ_DIST_PORT"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
        env["ERL_EPMD_PORT"] = ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        env["RABBITMQ_MNESIA_BASE"] = Path.Combine(dataDir, "mnesia");
        env["RABBITMQ_LOG_BASE"] = Path.Combine(dataDir, "log");
        env["RABBITMQ_CONFIG_FILE"] = Path.Combine(dataDir, "rabbitmq.conf");
        env["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(dataDir, "advanced.config");
        env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dataDir, "enabled_plugins");
        env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(dataDir, "rabbitmq-env.conf");
        node._server = node.Run("rabbitmq-server");
        await node.WaitUntilReadyAsync(ct);
        return node;
    }

    public ConnectionFactory CreateFactory() => new() { Uri = Uri };

    public async ValueTask DisposeAsync()
    {
        if (_server is null)
            return;
        if (!_server.HasExited)
        {
            await RunToEndAsync(Run("rabbitmqctl", "-n", _env["RABBITMQ_NODENAME"], "stop"), TimeSpan.FromSeconds(30));
            if (!await RunToEndAsync(_server, TimeSpan.FromSeconds(30)))
                _server.Kill(entireProcessTree: true);
        }

        _server.Dispose();
        // epmd daemonizes and outlives the node; it agrees to stop once no node is registered.
        if (File.Exists("/usr/bin/epmd"))
            await RunToEndAsync(Start("/usr/bin/epmd", "-port", _env["ERL_EPMD_PORT"], "-kill"), TimeSpan.FromSeconds(10));
        Directory.Delete(_dataDir!, recursive: true);
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = await CreateFactory().CreateConnectionAsync(ct);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && clock.Elapsed < TimeSpan.FromSeconds(60) && _server is not { HasExited: true })
            {
                await Task.Delay(200, ct);
            }
        }
    }

    private Process Run(string script, params string[] args) => Start(Path.Combine(_scriptsDir!, script), args);

    private Process Start(string fileName, params string[] args)
    {
        var info = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dataDir ?? Path.GetTempPath(),
        };
        foreach (var (key, value) in _env)
            info.Environment[key] = value;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> RunToEndAsync(Process process, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
