using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Workflow.Bench;

/// <summary>The service under test as a child process: `dotnet Workflow.Web.dll` on a free loopback port.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    // Generous: CI runs the browser, web and broker suites side by side on two cores, and a restart after kill -9 competes with them.
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ServiceProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    public static async Task<ServiceProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> env, CancellationToken ct)
    {
        if (!File.Exists(dll))
            throw new FileNotFoundException($"No service build at {dll}: run `dotnet build -c Release src/Workflow.Web` first, or pass --server-dll.");
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_URLS"] = url.ToString();
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        // Every worker signs in as every user from 127.0.0.1 at once: far beyond the sign-in limits meant for people.
        info.Environment["SignIn__PerAddressPermits"] = "1000000";
        info.Environment["SignIn__GlobalPermits"] = "1000000";
        foreach (var (key, value) in env)
            info.Environment[key] = value;
        var service = new ServiceProcess(new Process { StartInfo = info }, url);
        service._process.OutputDataReceived += (_, e) => service.Collect(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Collect(e.Data);
        service._process.Start();
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        await service.WaitUntilReadyAsync(ct);
        return service;
    }

    /// <summary>Peak and current resident set of the service process, in bytes (Linux /proc).</summary>
    public (long Peak, long Current) Memory()
    {
        long Read(string key) => File.ReadLines($"/proc/{_process.Id}/status")
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => long.Parse(l[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024)
            .FirstOrDefault();
        return (Read("VmHWM:"), Read("VmRSS:"));
    }

    /// <summary>CPU time the service has used so far (user + system), from /proc: robust to other load on the machine.</summary>
    public TimeSpan CpuTime()
    {
        // Fields 14 and 15 of /proc/pid/stat, in clock ticks (100 per second on Linux), after the ")" closing the name.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public string Output()
    {
        lock (_output) return string.Join('\n', _output);
    }

    /// <summary>SIGTERM, so the host shuts down cleanly (SQLite checkpoints, the bus stops); SIGKILL after 20 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await term.WaitForExitAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The service exited with {_process.ExitCode} during start-up:\n{Output()}");
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "/health"), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                // Not listening yet, or too busy starting to answer within the timeout (a loaded machine).
            }

            if (clock.Elapsed > ReadyTimeout)
                throw new TimeoutException($"The service did not become healthy within {ReadyTimeout.TotalSeconds} s:\n{Output()}");
            await Task.Delay(100, ct);
        }
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 100) _output.Dequeue();
        }
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
