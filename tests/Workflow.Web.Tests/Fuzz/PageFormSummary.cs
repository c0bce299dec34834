using System.Collections.Concurrent;
using System.Text.Json;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>What the page-form fuzz posted and what came back, for the test output and TestResults/page-fuzz-summary.json.</summary>
public sealed class PageFormSummary
{
    private readonly ConcurrentDictionary<string, int> _statuses = new();
    private readonly ConcurrentDictionary<string, int> _forms = new();
    private readonly ConcurrentDictionary<string, int> _tokens = new();
    private readonly ConcurrentDictionary<string, int> _defects = new();
    private readonly ConcurrentDictionary<string, int> _statusByToken = new();
    private readonly ConcurrentDictionary<string, int> _fieldDefects = new();
    private int _posts;
    private int _effective;

    public int Posts => _posts;

    public int ServerErrors => _statuses.Where(s => s.Key.StartsWith('5')).Sum(s => s.Value);

    public void Record(PageFormPost post, int status)
    {
        Interlocked.Increment(ref _posts);
        if (post.Clean && !post.TokenValid)
            Interlocked.Increment(ref _effective);
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Count(_statuses, code);
        Count(_forms, post.Form);
        Count(_tokens, post.TokenKind);
        Count(_defects, post.Clean ? "(none: would take effect with a valid token)" : Kind(post.Defect));
        Count(_statusByToken, $"{(post.TokenValid ? "valid token" : "no valid token")} → {code}");
        if (!post.Clean && post.Defect.StartsWith("memo field", StringComparison.Ordinal))
            Count(_fieldDefects, post.Defect.Split(' ', 4)[^1]);
    }

    public string StatusLine() => string.Join(", ", Sorted(_statuses).Select(s => $"{s.Key}: {s.Value}"));

    public object ToReport(string seed, TimeSpan elapsed) => new
    {
        posts = _posts,
        seed,
        seconds = Math.Round(elapsed.TotalSeconds, 1),
        serverErrors = ServerErrors,
        effectivePostsWithoutValidToken = _effective,
        statuses = Sorted(_statuses),
        statusesByToken = Sorted(_statusByToken),
        forms = Sorted(_forms),
        tokens = Sorted(_tokens),
        defects = Sorted(_defects),
        memoFieldDefects = Sorted(_fieldDefects),
    };

    public static string Write(object report, Workflow.Web.Options.DatabaseProvider provider)
    {
        var path = Environment.GetEnvironmentVariable("PAGE_FUZZ_SUMMARY_PATH") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "TestResults", "page-fuzz-summary.json");
        // The run on PostgreSQL keeps its own file: the README quotes the SQLite one.
        if (provider != Workflow.Web.Options.DatabaseProvider.Sqlite)
            path = Path.ChangeExtension(path, null) + "-postgresql.json";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>The defect's category: "memo field: Input.Subject markup" → "memo field".</summary>
    private static string Kind(string defect) => defect.Split(':')[0];

    private static void Count(ConcurrentDictionary<string, int> counts, string key) => counts.AddOrUpdate(key, 1, (_, n) => n + 1);

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
