using System.Diagnostics;
using System.Globalization;

namespace Workflow.Bench;

/// <summary>
/// A private PostgreSQL 15 for the benchmark, as the tests' fixture runs one: initdb in a temporary folder, its own
/// server on a free loopback port (socket in the same folder), trust authentication for loopback only, stopped and
/// removed afterwards. Durability as shipped (fsync, synchronous_commit on, full_page_writes): the figures are for
/// the settings an installation would run with. Run as root (CI containers), the server runs as the postgres user.
/// </summary>
public sealed class PostgresNode : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    public const string Database = "workflow";
    private const string User = "workflow";

    private readonly string _folder;

    private PostgresNode(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string DataDir => Path.Combine(_folder, "data");

    /// <summary>The server settings the service and the ceiling both run with, as reported.</summary>
    public static string Settings => "fsync=on, synchronous_commit=on, shared_buffers=128MB, max_connections=300";

    public string ConnectionString(int maxPoolSize = 100) =>
        $"Host=127.0.0.1;Port={Port};Database={Database};Username={User};Maximum Pool Size={maxPoolSize};No Reset On Close=true";

    public static async Task<PostgresNode> StartAsync(CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(Bin, "pg_ctl")))
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({Bin}; Debian: apt-get install postgresql-15).");
        var folder = Directory.CreateTempSubdirectory("wf-bench-pg-").FullName;
        var node = new PostgresNode(folder, ServiceProcess.FreePort());
        try
        {
            if (Environment.IsPrivilegedProcess)
                await RunAsync("chown", ["postgres:postgres", folder], asPostgres: false, ct);
            await RunAsync(Path.Combine(Bin, "initdb"), ["-D", node.DataDir, "-U", User, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], true, ct);
            var options = $"-c listen_addresses=127.0.0.1 -p {node.Port.ToString(CultureInfo.InvariantCulture)} -k {folder} "
                + "-c shared_buffers=128MB -c max_connections=300";
            await RunAsync(Path.Combine(Bin, "pg_ctl"), ["-D", node.DataDir, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "-t", "120", "start"], true, ct);
            await RunAsync(Path.Combine(Bin, "createdb"), ["-h", "127.0.0.1", "-p", node.Port.ToString(CultureInfo.InvariantCulture), "-U", User, Database], true, ct);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>The server log, for the report of a failed run.</summary>
    public string Log() => File.Exists(Path.Combine(_folder, "server.log")) ? File.ReadAllText(Path.Combine(_folder, "server.log")) : "";

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
            await RunAsync(Path.Combine(Bin, "pg_ctl"), ["-D", DataDir, "-m", "fast", "-w", "stop"], true, CancellationToken.None);
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task RunAsync(string file, string[] args, bool asPostgres, CancellationToken ct)
    {
        // PostgreSQL refuses to run as root: under root, the same command as the postgres user.
        var info = asPostgres && Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args])
            : new ProcessStartInfo(file, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync(ct);
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {output} {await error}");
    }
}
