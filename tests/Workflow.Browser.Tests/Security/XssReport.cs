using System.Collections.Concurrent;
using System.Text.Json;

namespace Workflow.Browser.Tests.Security;

/// <summary>
/// What the corpus run tried and what it found: every page opened, every (payload, field, page) read back as text,
/// and every finding or mismatch, for the assertion and for TestResults/xss-summary.json (quoted in the README).
/// </summary>
public sealed class XssReport
{
    /// <summary>Where the payloads were written (SQL) or sent (query string); the pages read them back in 15 places.</summary>
    public static readonly string[] StoredIn =
    [
        "Documents.Issuer", "Documents.Subject", "Documents.Salutation", "Documents.Body",
        "AspNetUsers.DisplayName (copied by the service into Documents.AuthorName and AuditEntries.UserName)",
        "AuditEntries.Note", "Attachments.FileName", "query ?q= of /public", "query ?ReturnUrl= of /account/login",
    ];

    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, int> _pages = new();
    private readonly ConcurrentDictionary<string, int> _fields = new();
    private readonly ConcurrentDictionary<string, byte> _payloads = new();
    private int _loads;
    private int _checks;

    public IReadOnlyCollection<string> Failures => _failures;

    public int Checks => _checks;

    public int Loads => _loads;

    public void Visited(XssTexts texts, string who, string page, IReadOnlyList<string> findings)
    {
        Interlocked.Increment(ref _loads);
        _pages.AddOrUpdate(page, 1, (_, n) => n + 1);
        _payloads.TryAdd(texts.Payload.Id, 0);
        foreach (var finding in findings)
            _failures.Enqueue($"{texts.Payload.Id} · {page} · {who}: {finding}");
    }

    /// <summary>The field must read back as exactly the stored text (or contain it), in <paramref name="count"/> places at least.</summary>
    public void Field(XssTexts texts, string who, string page, string field, IReadOnlyList<string> actual, string expected, bool contains = false, int count = 1)
    {
        Interlocked.Increment(ref _checks);
        _fields.AddOrUpdate(field, 1, (_, n) => n + 1);
        var matches = actual.Count(a => contains ? a.Contains(expected, StringComparison.Ordinal) : a == expected);
        if (matches < count)
        {
            var shown = string.Join(" | ", actual.Select(a => a.Length > 200 ? a[..200] + "…" : a));
            _failures.Enqueue($"{texts.Payload.Id} · {page} · {who} · {field}: expected {count}× \"{expected}\", found [{shown}]");
        }
    }

    public void Failed(XssTexts texts, string what) => _failures.Enqueue($"{texts.Payload.Id}: {what}");

    public string Line() =>
        $"{_payloads.Count} payloads × {_fields.Count} fields × {_pages.Count} pages: {_loads} page loads, {_checks} field read-backs, {_failures.Count} findings";

    public string Write(TimeSpan elapsed)
    {
        var path = Path.Combine(RepositoryRoot(), "TestResults", "xss-summary.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            payloads = _payloads.Count,
            storedIn = StoredIn,
            fields = _fields.Count,
            pages = _pages.Count,
            pageLoads = _loads,
            fieldReadBacks = _checks,
            findings = _failures.Count,
            seconds = Math.Round(elapsed.TotalSeconds, 1),
            loadsPerPage = new SortedDictionary<string, int>(_pages, StringComparer.Ordinal),
            readBacksPerField = new SortedDictionary<string, int>(_fields, StringComparer.Ordinal),
            payloadIds = _payloads.Keys.Order(StringComparer.Ordinal),
            failures = _failures.Take(200),
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return path;
    }

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
