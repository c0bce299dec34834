using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Workflow.Bench;

/// <summary>
/// A real RabbitMQ for the benchmark and the broker tests (which link this file): the broker named by RABBITMQ_URL,
/// or a private node of the locally installed rabbitmq-server (own node name, ports, data dir and Erlang cookie,
/// bound to 127.0.0.1) that this class starts, stops, restarts and finally removes.
/// </summary>
public sealed class RabbitNode : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private const int StartAttempts = 3;

    private readonly Queue<string> _output = new();
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

    public string Host => Uri.Host;

    public int Port => Uri.Port;

    public string Username => Uri.UnescapeDataString(Uri.UserInfo.Split(':', 2)[0]);

    public string Password => Uri.UserInfo.Split(':', 2) is [_, var p] ? Uri.UnescapeDataString(p) : "";

    public string VirtualHost => Uri.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(Uri.AbsolutePath[1..]) : "/";

    /// <summary>The private node's Erlang name; null for the broker of RABBITMQ_URL.</summary>
    public string? NodeName => _env.GetValueOrDefault("RABBITMQ_NODENAME");

    /// <summary>True for a private node, which <see cref="StopAsync"/> and <see cref="RestartAsync"/> control.</summary>
    public bool CanRestart => _scriptsDir is not null;

    /// <summary>How long the last start took until the node accepted an AMQP connection.</summary>
    public TimeSpan LastStartDuration { get; private set; }

    /// <summary>True when RABBITMQ_URL is set or rabbitmq-server is installed here.</summary>
    public static bool IsObtainable =>
        Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } || FindScriptsDir() is not null;

    /// <summary>The broker of RABBITMQ_URL once it accepts connections, or else a private node, started.</summary>
    public static async Task<RabbitNode> StartAsync(CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } url)
        {
            var external = new RabbitNode(new Uri(url), null, null);
            await external.WaitUntilReadyAsync(ct);
            return external;
        }

        var scripts = FindScriptsDir()
            ?? throw new InvalidOperationException("rabbitmq-server is not installed (apt-get install rabbitmq-server), and RABBITMQ_URL is not set.");
        var node = CreatePrivate(scripts);
        try
        {
            await node.RestartAsync(ct);
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }

        return node;
    }

    public ConnectionFactory CreateFactory() => new() { Uri = Uri };

    /// <summary>Starts the private node again (after <see cref="StopAsync"/>); a start that does not come up is retried.</summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        if (!CanRestart) throw new InvalidOperationException("Only a private node can be started.");
        if (_server is { HasExited: false }) return;
        var started = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            _server = Run("rabbitmq-server");
            try
            {
                await WaitUntilReadyAsync(ct);
                break;
            }
            catch (Exception e) when (attempt < StartAttempts && e is not OperationCanceledException)
            {
                // On a loaded machine a start right after a stop has failed to come up (seen in CI): clear the
                // attempt away, including a half-started Erlang VM, and start the same node again.
                Collect($"[attempt {attempt} failed: {e.GetBaseException().Message}; retrying]");
                await KillServerAsync();
                await Task.Delay(TimeSpan.FromSeconds(3), ct);
            }
        }

        LastStartDuration = started.Elapsed;
    }

    /// <summary>
    /// A new, empty virtual host on the private node, open to the node's user: hosts that use one see none of the
    /// queues, bindings or leftover messages of earlier hosts. The broker of RABBITMQ_URL has only its own.
    /// </summary>
    public async Task<string> AddVirtualHostAsync(CancellationToken ct = default)
    {
        if (!CanRestart) return VirtualHost;
        var name = $"vh-{Guid.NewGuid().ToString("N")[..8]}";
        await RabbitmqctlAsync(ct, "add_vhost", name);
        await RabbitmqctlAsync(ct, "set_permissions", "-p", name, Username, ".*", ".*", ".*");
        return name;
    }

    /// <summary>The queues of a virtual host with their ready and unacknowledged messages and consumers, for failure messages.</summary>
    public async Task<string> ListQueuesAsync(string virtualHost, CancellationToken ct = default)
    {
        if (!CanRestart) return "(queues of an external broker are not listed)";
        var lines = new List<string>();
        using var ctl = Start(Path.Combine(_scriptsDir!, "rabbitmqctl"), lines,
            ["-n", NodeName!, "list_queues", "-p", virtualHost, "name", "messages_ready", "messages_unacknowledged", "consumers"]);
        await RunToEndAsync(ctl, TimeSpan.FromSeconds(60), ct);
        lock (lines) return string.Join('\n', lines);
    }

    private async Task RabbitmqctlAsync(CancellationToken ct, params string[] args)
    {
        using var ctl = Run("rabbitmqctl", ["-n", NodeName!, .. args]);
        // Each call starts an Erlang VM: on a loaded two-core machine one took over a minute (CI, 2026-12-02).
        if (!await RunToEndAsync(ctl, TimeSpan.FromSeconds(180), ct) || ctl.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', args)} failed:\n{Output()}");
    }

    /// <summary>Stops the private node cleanly: durable queues and persistent messages survive.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (!CanRestart) throw new InvalidOperationException("Only a private node can be stopped.");
        if (_server is null) return;
        if (!_server.HasExited)
        {
            await RunToEndAsync(Run("rabbitmqctl", "-n", NodeName!, "stop"), TimeSpan.FromSeconds(30), ct);
            if (!await RunToEndAsync(_server, TimeSpan.FromSeconds(30), ct))
                _server.Kill(entireProcessTree: true);
        }

        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!CanRestart) return;
        await StopAsync();
        // epmd daemonizes, so it outlives the node; it only agrees to stop once no node is registered.
        if (FindOnPath("epmd") is { } epmd)
            await RunToEndAsync(Start(epmd, "-port", _env["ERL_EPMD_PORT"], "-kill"), TimeSpan.FromSeconds(10), CancellationToken.None);
        try
        {
            Directory.Delete(_dataDir!, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind changes no result.
        }
    }

    /// <summary>The node's last lines of output, for failure messages.</summary>
    public string Output()
    {
        lock (_output) return string.Join('\n', _output.TakeLast(40));
    }

    private static RabbitNode CreatePrivate(string scriptsDir)
    {
        var dataDir = Directory.CreateTempSubdirectory("wf-rabbitmq-").FullName;
        File.WriteAllText(Path.Combine(dataDir, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(dataDir, "rabbitmq-env.conf"), "");
        // A nearly full disk would raise the disk alarm and block every publisher.
        File.WriteAllText(Path.Combine(dataDir, "rabbitmq.conf"), "disk_free_limit.absolute = 1MB\n");
        var (amqpPort, distPort, epmdPort) = FreePorts();
        var node = new RabbitNode(new Uri($"amqp://guest:guest@127.0.0.1:{amqpPort}/"), scriptsDir, dataDir);
        var env = node._env;
        env["HOME"] = dataDir; // a private Erlang cookie, for the node and for rabbitmqctl
        env["RABBITMQ_NODENAME"] = $"wf-{Guid.NewGuid().ToString("N")[..8]}@localhost";
        env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        env["RABBITMQ_NODE_PORT"] = amqpPort.ToString(CultureInfo.InvariantCulture);
        env["RABBITMQ_DIST_PORT"] = distPort.ToString(CultureInfo.InvariantCulture);
        env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
        env["ERL_EPMD_PORT"] = epmdPort.ToString(CultureInfo.InvariantCulture);
        env["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        env["RABBITMQ_MNESIA_BASE"] = Path.Combine(dataDir, "mnesia");
        env["RABBITMQ_LOG_BASE"] = Path.Combine(dataDir, "log");
        env["RABBITMQ_CONFIG_FILE"] = Path.Combine(dataDir, "rabbitmq.conf");
        env["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(dataDir, "advanced.config");
        env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dataDir, "enabled_plugins");
        // Keeps /etc/rabbitmq/rabbitmq-env.conf from overriding the settings above.
        env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(dataDir, "rabbitmq-env.conf");
        return node;
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var factory = CreateFactory();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync(ct);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A refused login will not get better by waiting, nor will a node that has exited.
                if (e.GetBaseException() is AuthenticationFailureException
                    || _server is { HasExited: true } || clock.Elapsed > ReadyTimeout)
                    throw new InvalidOperationException(
                        $"RabbitMQ at {Host}:{Port} did not accept connections within {clock.Elapsed.TotalSeconds:0} s: {e.GetBaseException().Message}"
                        + (CanRestart ? $"\nNode output:\n{Output()}" : ""), e);
            }

            await Task.Delay(200, ct);
        }
    }

    private async Task KillServerAsync()
    {
        if (_server is null) return;
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await RunToEndAsync(_server, TimeSpan.FromSeconds(10), CancellationToken.None);
        }

        _server.Dispose();
        _server = null;
        // The Erlang VM (beam.smp) is started by exec and may have left the script's process tree:
        // stop whatever still runs under this node's name, so the next attempt does not find it registered.
        if (FindOnPath("pkill") is { } pkill)
        {
            using var stray = Start(pkill, "-KILL", "-f", NodeName!);
            await RunToEndAsync(stray, TimeSpan.FromSeconds(10), CancellationToken.None);
        }
    }

    private Process Run(string script, params string[] args) => Start(Path.Combine(_scriptsDir!, script), args);

    private Process Start(string fileName, params string[] args) => Start(fileName, null, args);

    /// <summary>Starts a process of the node's environment; its output goes to <paramref name="capture"/>, or else to the node's log.</summary>
    private Process Start(string fileName, List<string>? capture, params string[] args)
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
        DataReceivedEventHandler collect = capture is null
            ? (_, e) => Collect(e.Data)
            : (_, e) =>
            {
                if (e.Data is not null)
                    lock (capture) capture.Add(e.Data);
            };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> RunToEndAsync(Process process, TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 200) _output.Dequeue();
        }
    }

    // Debian's /usr/sbin wrapper switches to the rabbitmq user and drops our environment, so run the real
    // scripts it wraps; elsewhere rabbitmq-server on PATH is the real script.
    private static string? FindScriptsDir() =>
        File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server")
            ? "/usr/lib/rabbitmq/bin"
            : Path.GetDirectoryName(FindOnPath("rabbitmq-server"));

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static (int Amqp, int Dist, int Epmd) FreePorts()
    {
        // Held all three at once so they differ; 35672-35682 is where rabbitmqctl itself listens.
        var listeners = new List<TcpListener>();
        while (listeners.Count < 3)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (port is >= 35672 and <= 35682) listener.Stop();
            else listeners.Add(listener);
        }

        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return (ports[0], ports[1], ports[2]);
    }
}
