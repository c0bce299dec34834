using System.Collections.Concurrent;
using System.Text.Json;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>What a fuzz run sent and what came back, for the test output and TestResults/fuzz-summary.json (quoted in the README).</summary>
public sealed class FuzzSummary
{
    private readonly ConcurrentDictionary<string, int> _statuses = new();
    private readonly ConcurrentDictionary<string, int> _endpoints = new();
    private readonly ConcurrentDictionary<string, int> _bodies = new();
    private readonly ConcurrentDictionary<string, int> _auth = new();
    private readonly ConcurrentDictionary<string, int> _writes = new();
    private int _requests;

    public int Requests => _requests;

    public int ServerErrors => _statuses.Where(s => s.Key.StartsWith('5')).Sum(s => s.Value);

    public void Record(FuzzRequest request, string status)
    {
        Interlocked.Increment(ref _requests);
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        _endpoints.AddOrUpdate(request.Endpoint, 1, (_, n) => n + 1);
        _bodies.AddOrUpdate(request.Body.Kind, 1, (_, n) => n + 1);
        _auth.AddOrUpdate(request.Auth.Kind.Split(':')[0], 1, (_, n) => n + 1);
        _writes.AddOrUpdate(request.Write.ToString(), 1, (_, n) => n + 1);
    }

    public string StatusLine() => string.Join(", ", Sorted(_statuses).Select(s => $"{s.Key}: {s.Value}"));

    public object ToReport(string seed, TimeSpan elapsed) => new
    {
        requests = _requests,
        seed,
        seconds = Math.Round(elapsed.TotalSeconds, 1),
        serverErrors = ServerErrors,
        statuses = Sorted(_statuses),
        endpoints = Sorted(_endpoints),
        writeEndpointsReached = Sorted(_writes),
        credentials = Sorted(_auth),
        bodies = Sorted(_bodies),
    };

    /// <summary>Writes the report under TestResults/ at the repository root (or FUZZ_SUMMARY_PATH) and answers the path.</summary>
    public string Write(object report, Workflow.Web.Options.DatabaseProvider provider)
    {
        var path = Environment.GetEnvironmentVariable("FUZZ_SUMMARY_PATH") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "TestResults", "fuzz-summary.json");
        // The run on PostgreSQL keeps its own file: the README quotes the SQLite one.
        if (provider != Workflow.Web.Options.DatabaseProvider.Sqlite)
            path = Path.ChangeExtension(path, null) + "-postgresql.json";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    private static SortedDictionary<string, int> Sorted(ConcurrentDictionary<string, int> counts) => new(counts, StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflow.sln")))
                return dir.FullName;
        }

        return AppContext.BaseDirectory;
    }
}
