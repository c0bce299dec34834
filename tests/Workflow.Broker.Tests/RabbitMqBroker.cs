using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Workflow.Broker.Tests;

/// <summary>
/// A real RabbitMQ for tests: the broker named by RABBITMQ_URL, or else a private node of the
/// locally installed rabbitmq-server (own name, ports, data dir and cookie, bound to 127.0.0.1).
/// Use as a class, collection or assembly fixture; tests call <see cref="EnsureAvailable"/> first.
/// </summary>
public sealed class RabbitMqBroker : IAsyncLifetime
{
    private const string SkipReason = "RabbitMQ not available: apt-get install rabbitmq-server, or set RABBITMQ_URL";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Queue<string> _output = new();
    private string? _scriptsDir;
    private string? _dataDir;
    private Dictionary<string, string> _env = [];
    private Process? _server;

    public Uri AmqpUri { get; private set; } = new("amqp://guest:guest@127.0.0.1:5672/");
    public string Host => AmqpUri.Host;
    public int Port => AmqpUri.Port;
    public string Username { get; private set; } = "guest";
    public string Password { get; private set; } = "guest";
    public string VirtualHost { get; private set; } = "/";
    public string? NodeName { get; private set; }
    public bool IsAvailable { get; private set; }
    /// <summary>True for a private node, which <see cref="StopAsync"/> and <see cref="StartAsync"/> control.</summary>
    public bool CanRestart => _scriptsDir is not null;
    public TimeSpan LastStartDuration { get; private set; }

    public ConnectionFactory CreateConnectionFactory() => new() { Uri = AmqpUri };

    public void EnsureAvailable()
    {
        if (!IsAvailable) Assert.Skip(SkipReason);
    }

    public void EnsureRestartable()
    {
        EnsureAvailable();
        if (!CanRestart) Assert.Skip("This test stops the broker: it needs a private node, so unset RABBITMQ_URL");
    }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } url)
        {
            UseExternal(new Uri(url));
            await WaitUntilReadyAsync(CancellationToken.None);
        }
        else if (FindScriptsDir() is { } scriptsDir)
        {
            _scriptsDir = scriptsDir;
            PreparePrivateNode();
            await StartAsync();
        }
        else if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException(SkipReason);
        else
            return;
        IsAvailable = true;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (!CanRestart) throw new InvalidOperationException("Only a private node can be started.");
        if (_server is { HasExited: false }) return;
        var started = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            _server = StartScript("rabbitmq-server");
            try
            {
                await WaitUntilReadyAsync(cancellationToken);
                break;
            }
            catch (Exception) when (attempt < 3 && !cancellationToken.IsCancellationRequested)
            {
                // On a loaded machine a restart right after a stop has failed to come up (seen once in CI):
                // clear the attempt away and start the same node again.
                if (!_server.HasExited) _server.Kill(entireProcessTree: true);
                _server.Dispose();
                _server = null;
                await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            }
        }

        LastStartDuration = started.Elapsed;
    }

    /// <summary>Stops the node cleanly (durable queues and persistent messages survive).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!CanRestart) throw new InvalidOperationException("Only a private node can be stopped.");
        if (_server is null) return;
        if (!_server.HasExited)
        {
            await RunToEndAsync(StartScript("rabbitmqctl", "-n", NodeName!, "stop"), TimeSpan.FromSeconds(30));
            if (!await RunToEndAsync(_server, TimeSpan.FromSeconds(30)))
                _server.Kill(entireProcessTree: true);
        }
        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!CanRestart) return;
        await StopAsync();
        // epmd daemonizes, so it outlives the node; it only agrees to die once no node is registered.
        if (FindOnPath("epmd") is { } epmd)
            await RunToEndAsync(Start(epmd, "-port", _env["ERL_EPMD_PORT"], "-kill"), TimeSpan.FromSeconds(10));
        if (_dataDir is not null) Directory.Delete(_dataDir, recursive: true);
    }

    private void UseExternal(Uri uri)
    {
        AmqpUri = uri;
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length == 2) Password = Uri.UnescapeDataString(userInfo[1]);
        if (uri.AbsolutePath.Length > 1) VirtualHost = Uri.UnescapeDataString(uri.AbsolutePath[1..]);
    }

    private void PreparePrivateNode()
    {
        _dataDir = Directory.CreateTempSubdirectory("wf-rabbitmq-").FullName;
        File.WriteAllText(Path.Combine(_dataDir, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(_dataDir, "rabbitmq-env.conf"), "");
        // A nearly full CI disk would raise the disk alarm and block every publisher.
        File.WriteAllText(Path.Combine(_dataDir, "rabbitmq.conf"), "disk_free_limit.absolute = 1MB\n");
        var (amqpPort, distPort, epmdPort) = FreePorts();
        NodeName = $"wf-test-{Guid.NewGuid().ToString("N")[..8]}@localhost";
        AmqpUri = new Uri($"amqp://guest:guest@127.0.0.1:{amqpPort}/");
        _env = new()
        {
            ["HOME"] = _dataDir, // private Erlang cookie, for the node and for rabbitmqctl
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = amqpPort.ToString(),
            ["RABBITMQ_DIST_PORT"] = distPort.ToString(),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["ERL_EPMD_PORT"] = epmdPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_dataDir, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_dataDir, "log"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_dataDir, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_dataDir, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_dataDir, "enabled_plugins"),
            // Keeps /etc/rabbitmq/rabbitmq-env.conf from overriding the settings above.
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_dataDir, "rabbitmq-env.conf"),
        };
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var factory = CreateConnectionFactory();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A refused login will not get better by waiting.
                if (e.GetBaseException() is AuthenticationFailureException
                    || _server is { HasExited: true } || deadline.Elapsed > ReadyTimeout)
                    throw new InvalidOperationException(
                        $"RabbitMQ at {Host}:{Port} did not accept connections: {e.GetBaseException().Message}"
                        + (CanRestart ? $"\nNode output:\n{Output()}" : ""), e);
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    private Process StartScript(string name, params string[] args) =>
        Start(Path.Combine(_scriptsDir!, name), args);

    private Process Start(string fileName, params string[] args)
    {
        var info = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dataDir ?? Path.GetTempPath(),
        };
        foreach (var (key, value) in _env) info.Environment[key] = value;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
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

    private void Collect(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 200) _output.Dequeue();
        }
    }

    private string Output()
    {
        lock (_output) return string.Join('\n', _output.TakeLast(40));
    }

    // Debian's /usr/sbin wrapper switches to the rabbitmq user and drops our environment, so run
    // the real scripts it wraps; elsewhere rabbitmq-server on PATH is the real script.
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
        // Hold all three at once so they differ; 35672-35682 is where rabbitmqctl itself listens.
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
