using System.Globalization;
using Workflow.Web.Options;

namespace Workflow.Bench;

public enum Transport
{
    InMemory,
    RabbitMq,
}

/// <summary>The command line: every option has a default, so a bare run is the full benchmark.</summary>
public sealed record BenchOptions
{
    public int Memos { get; init; } = 2000;
    public int Concurrency { get; init; } = 16;
    public Transport Transport { get; init; } = Transport.InMemory;
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;
    /// <summary>Service instances on the one database and broker; more than one needs PostgreSQL (and RabbitMQ, implied).</summary>
    public int Instances { get; init; } = 1;
    public string? DbPath { get; init; }
    public Uri? Url { get; init; }
    public int Seed { get; init; }
    public string? Out { get; init; }
    /// <summary>The service's Workflow.Web.dll; by default the Release build output of this repository.</summary>
    public string? ServerDll { get; init; }
    /// <summary>Run the second phase at half the measured throughput, for latency under moderate load.</summary>
    public bool HalfLoad { get; init; } = true;
    public bool Ceilings { get; init; } = true;
    public int ReadRequests { get; init; } = 400;
    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The warm-up goes on at least this long (and at least 4 memos per worker).</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(10);
    public string Password { get; init; } = "Demo-1234!";
    /// <summary>Extra configuration for the child service, KEY=VALUE as environment variables (for A/B runs).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ServerEnv { get; init; } = [];

    public const string Usage = """
        dotnet run -c Release --project bench/Workflow.Bench -- [options]
          --memos N                memos driven through the whole route (default 2000)
          --concurrency C          concurrent workers, each signed in once per user (default 16)
          --transport inmemory|rabbitmq
          --provider sqlite|postgresql  the service's database; postgresql starts a private server (default sqlite)
          --instances N            service instances on one database and one broker, users spread over them
                                   (default 1; more needs --provider postgresql and implies --transport rabbitmq)
          --db PATH                SQLite file of the started service (default: a temp dir, deleted after)
          --url URL                target a running service instead of starting one
          --seed N                 memos written straight into the database before start-up (default 0)
          --out PATH               JSON result file (default bench/results/run-<time>-<transport>.json)
          --server-dll PATH        Workflow.Web.dll to start (default src/Workflow.Web/bin/Release/net10.0)
          --server-env KEY=VALUE   extra environment variable for the service (repeatable)
          --half-load true|false   second phase at half the measured rate (default true)
          --ceilings true|false    measure the raw SQLite and RabbitMQ ceilings (default true)
          --read-requests N        inbox and document-page requests per kind (default 400)
          --publish-timeout S      seconds to wait for the last publication (default 30)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        var env = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Int() => int.Parse(Value(), CultureInfo.InvariantCulture);
            o = name switch
            {
                "--memos" => o with { Memos = Positive(Int(), name) },
                "--concurrency" => o with { Concurrency = Positive(Int(), name) },
                "--transport" => o with { Transport = Value().ToLowerInvariant() switch
                {
                    "inmemory" => Transport.InMemory,
                    "rabbitmq" => Transport.RabbitMq,
                    var t => throw new ArgumentException($"--transport {t}: use inmemory or rabbitmq."),
                } },
                "--provider" => o with { Provider = Value().ToLowerInvariant() switch
                {
                    "sqlite" => DatabaseProvider.Sqlite,
                    "postgresql" => DatabaseProvider.PostgreSql,
                    var p => throw new ArgumentException($"--provider {p}: use sqlite or postgresql."),
                } },
                "--instances" => o with { Instances = Positive(Int(), name) },
                "--db" => o with { DbPath = Path.GetFullPath(Value()) },
                "--url" => o with { Url = new Uri(Value()) },
                "--seed" => o with { Seed = Math.Max(0, Int()) },
                "--out" => o with { Out = Path.GetFullPath(Value()) },
                "--server-dll" => o with { ServerDll = Path.GetFullPath(Value()) },
                "--server-env" => o with { ServerEnv = [.. env.Append(KeyValue(Value()))] },
                "--half-load" => o with { HalfLoad = bool.Parse(Value()) },
                "--ceilings" => o with { Ceilings = bool.Parse(Value()) },
                "--read-requests" => o with { ReadRequests = Positive(Int(), name) },
                "--poll-ms" => o with { PollInterval = TimeSpan.FromMilliseconds(Positive(Int(), name)) },
                "--warmup-seconds" => o with { Warmup = TimeSpan.FromSeconds(Math.Max(0, Int())) },
                "--publish-timeout" => o with { PublishTimeout = TimeSpan.FromSeconds(Positive(Int(), name)) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
            env = [.. o.ServerEnv];
        }

        if (o.Instances > 1 && o.Provider != DatabaseProvider.PostgreSql)
            throw new ArgumentException("--instances above 1 needs --provider postgresql: instances share one database server.");
        if (o.Provider == DatabaseProvider.PostgreSql && o.DbPath is not null)
            throw new ArgumentException("--db is the SQLite file; with --provider postgresql the benchmark starts its own server.");
        // The in-process bus reaches only its own process: instances that share the work share a broker.
        return o.Instances > 1 ? o with { Transport = Transport.RabbitMq } : o;
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentException($"{name} must be positive.");

    private static KeyValuePair<string, string> KeyValue(string s) =>
        s.IndexOf('=') is > 0 and var at ? new(s[..at], s[(at + 1)..]) : throw new ArgumentException($"--server-env {s}: use KEY=VALUE.");
}
