using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Workflow.Bench;

/// <summary>
/// A real PostgreSQL for the benchmark and the tests (which link this file): the server named by POSTGRES_URL (an
/// Npgsql connection string of a role that may create databases), or a private server of the locally installed
/// postgresql (Debian: /usr/lib/postgresql/N/bin), made with initdb in a temp folder, listening on a free loopback port,
/// and removed at the end. As root (CI), initdb and postgres run as the postgres user, since PostgreSQL refuses root.
/// </summary>
public sealed class PostgresNode : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string? _binDir;
    private readonly string? _dataDir;
    private readonly Queue<string> _output = new();
    private Process? _server;

    private PostgresNode(string adminConnectionString, string? binDir, string? dataDir)
    {
        AdminConnectionString = adminConnectionString;
        _binDir = binDir;
        _dataDir = dataDir;
    }

    /// <summary>Connects to the maintenance database as a role that may create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>True for a private server, which <see cref="StopAsync"/>, <see cref="KillAsync"/> and <see cref="StartAsync"/> control.</summary>
    public bool CanRestart => _binDir is not null;

    /// <summary>True when POSTGRES_URL is set or PostgreSQL's server binaries are installed here.</summary>
    public static bool IsObtainable => Environment.GetEnvironmentVariable("POSTGRES_URL") is { Length: > 0 } || FindBinDir() is not null;

    public const string NotAvailable = "PostgreSQL not available: apt-get install postgresql, or set POSTGRES_URL to a connection string";

    /// <summary>The server of POSTGRES_URL once it answers, or else a private server, started.</summary>
    public static async Task<PostgresNode> StartNewAsync(IReadOnlyDictionary<string, string>? settings = null, CancellationToken ct = default)
    {
        if (Environment.GetEnvironmentVariable("POSTGRES_URL") is { Length: > 0 } url)
        {
            var external = new PostgresNode(url, null, null);
            await external.WaitUntilReadyAsync(ct);
            return external;
        }

        var bin = FindBinDir() ?? throw new InvalidOperationException(NotAvailable);
        var dataDir = Directory.CreateTempSubdirectory("wf-postgres-").FullName;
        var port = FreePort();
        var node = new PostgresNode(
            new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = false }.ToString(),
            bin, dataDir);
        try
        {
            AsServerUser(dataDir);
            await node.RunToEndAsync("initdb", ["-D", Path.Combine(dataDir, "db"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"], ct);
            var conf = new Dictionary<string, string>
            {
                ["listen_addresses"] = "'127.0.0.1'",
                ["port"] = port.ToString(CultureInfo.InvariantCulture),
                ["unix_socket_directories"] = $"'{dataDir}'",
                ["max_connections"] = "300",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                conf[key] = value;
            await File.AppendAllLinesAsync(Path.Combine(dataDir, "db", "postgresql.conf"), conf.Select(kv => $"{kv.Key} = {kv.Value}"), ct);
            await node.StartAsync(ct);
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }

        return node;
    }

    /// <summary>A new, empty database on the server; its connection string (pooled, as the service uses it).</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken ct = default)
    {
        var name = $"wf_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(ct);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ToString();
    }

    /// <summary>Starts the private server (again, after <see cref="StopAsync"/> or <see cref="KillAsync"/>) and waits until it answers.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        if (!CanRestart) throw new InvalidOperationException("Only a private server can be started.");
        if (_server is { HasExited: false }) return;
        _server = Start("postgres", ["-D", Path.Combine(_dataDir!, "db")]);
        await WaitUntilReadyAsync(ct);
    }

    /// <summary>Stops the private server (fast shutdown: connections are cut, committed data stays).</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (_server is null) return;
        if (!_server.HasExited)
        {
            await RunToEndAsync("pg_ctl", ["-D", Path.Combine(_dataDir!, "db"), "-m", "fast", "-w", "stop"], ct);
            await _server.WaitForExitAsync(ct);
        }

        _server.Dispose();
        _server = null;
    }

    /// <summary>kill -9 of the server process: what a crash or a pulled plug does; the next start recovers from the WAL.</summary>
    public async Task KillAsync()
    {
        if (_server is null) return;
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!CanRestart) return;
        try
        {
            await StopAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            await KillAsync();
        }

        try
        {
            Directory.Delete(_dataDir!, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind changes no result.
        }
    }

    /// <summary>The server's last lines of output, for failure messages.</summary>
    public string Output()
    {
        lock (_output) return string.Join('\n', _output.TakeLast(40));
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var until = DateTime.UtcNow + ReadyTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException && DateTime.UtcNow < until && _server is not { HasExited: true })
            {
                await Task.Delay(100, ct);
            }
            catch (Exception e) when (e is NpgsqlException or SocketException)
            {
                throw new InvalidOperationException($"PostgreSQL did not come up: {e.Message}\n{Output()}", e);
            }
        }
    }

    private async Task RunToEndAsync(string tool, string[] args, CancellationToken ct)
    {
        using var process = Start(tool, args);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}):\n{Output()}");
    }

    private Process Start(string tool, string[] args)
    {
        var path = Path.Combine(_binDir!, tool);
        var info = Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", path, .. args])
            : new ProcessStartInfo(path, args);
        info.RedirectStandardOutput = info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 200) _output.Dequeue();
        }
    }

    /// <summary>PostgreSQL refuses to run as root: the postgres user (made by the package) owns the data folder then.</summary>
    private static void AsServerUser(string dataDir)
    {
        if (Environment.UserName != "root") return;
        using var chown = Process.Start("chown", ["-R", "postgres:postgres", dataDir]);
        chown.WaitForExit();
        if (chown.ExitCode != 0) throw new InvalidOperationException($"chown postgres {dataDir} failed");
    }

    private static string? FindBinDir() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "bin")).FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "postgres")))
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
