using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Workflow.Bench;

/// <summary>What one phase of the route run achieved.</summary>
public sealed record PhaseResult(string Name, int Memos, int Routed, int Failed, double Seconds, double MemosPerSecond, double ActionsPerSecond,
    double RequestsPerSecond, double? TargetRate, IReadOnlyList<string> Errors)
{
    /// <summary>CPU the service and the load generator used per routed memo in this phase, in ms (null when not measured).</summary>
    public double? ServerCpuMsPerMemo { get; init; }

    public double? ClientCpuMsPerMemo { get; init; }
}

/// <summary>
/// Drives memos through the reference route as its users would: the legal officer writes and submits, the section
/// head, the head of the clerk's office and the municipal clerk endorse, the mayor signs. Each worker signs in once
/// per user and keeps its tokens; every action sends the version it last saw, as the UI does.
/// </summary>
public sealed class RouteDriver(ApiSession api, PublicationWatcher watcher, string runTag)
{
    public const int ActionsPerMemo = 5;
    private const int RequestsPerMemo = 6;
    private static readonly string[] Users = ["legal", "section", "office", "clerk", "mayor"];
    private readonly List<string> _errors = [];
    private int _failed;

    /// <summary>
    /// Signs every worker in as every user. With several instances the users are spread over them, worker by worker and
    /// user by user, so consecutive steps of one memo land on different instances (a token from one used on another
    /// would fail here, as would a state one instance does not see).
    /// </summary>
    public async Task<Dictionary<string, Credential>[]> SignInAsync(int workers, CancellationToken ct)
    {
        var slots = new Dictionary<string, Credential>[workers];
        for (var w = 0; w < workers; w++)
        {
            slots[w] = [];
            for (var u = 0; u < Users.Length; u++)
                slots[w][Users[u]] = await api.LoginAsync(Users[u], ct, instance: w + u);
        }

        return slots;
    }

    /// <summary>Closed loop: each worker starts its next memo as soon as the last one is signed (maximum throughput).</summary>
    /// <summary>Closed loop: each worker routes one memo after another, <paramref name="memos"/> in all, and on until <paramref name="atLeast"/> has passed.</summary>
    public async Task<PhaseResult> RunClosedAsync(string phase, int memos, Dictionary<string, Credential>[] tokens, CancellationToken ct, TimeSpan atLeast = default)
    {
        var next = -1;
        var routed = 0;
        var started = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(tokens.Select(t => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < memos || clock.Elapsed < atLeast)
            {
                Interlocked.Increment(ref started);
                if (await RouteOneAsync(phase, index, t, ct))
                    Interlocked.Increment(ref routed);
            }
        }, ct)));
        return Result(phase, started, routed, clock.Elapsed, null);
    }

    /// <summary>Open loop at a fixed arrival rate, so latency is measured at a known load, not at saturation.</summary>
    public async Task<PhaseResult> RunOpenAsync(string phase, int memos, double ratePerSecond, Dictionary<string, Credential>[] tokens, CancellationToken ct)
    {
        var routed = 0;
        var running = new List<Task>(memos);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < memos; i++)
        {
            var due = TimeSpan.FromSeconds(i / ratePerSecond);
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed, ct);
            var index = i;
            running.Add(Task.Run(async () =>
            {
                if (await RouteOneAsync(phase, index, tokens[index % tokens.Length], ct))
                    Interlocked.Increment(ref routed);
            }, ct));
        }

        await Task.WhenAll(running);
        return Result(phase, memos, routed, clock.Elapsed, ratePerSecond);
    }

    private async Task<bool> RouteOneAsync(string phase, int index, Dictionary<string, Credential> token, CancellationToken ct)
    {
        try
        {
            var draft = JsonSerializer.Serialize(new
            {
                routeId = "memo-approval",
                issuer = "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย โทร. ๐ ๔๔๒๘ ๑๒๓๔",
                subject = $"รายงานผลการพิจารณาทางกฎหมาย ({runTag} {phase} #{index + 1})",
                salutation = "นายกเทศมนตรีตำบลโชคชัย",
                body = "ตามที่ได้รับมอบหมายให้พิจารณาข้อกฎหมาย บัดนี้ได้ดำเนินการแล้วเสร็จ\n\nจึงเรียนมาเพื่อโปรดพิจารณา และขออนุญาตเผยแพร่บนเว็บไซต์ของเทศบาล",
            });
            var doc = await api.SendAsync($"{phase}/create", HttpMethod.Post, "/api/documents", token["legal"], draft, HttpStatusCode.Created, ct);
            var id = doc.GetProperty("id").GetGuid();
            var version = doc.GetProperty("version").GetInt32();
            version = await ActAsync(phase, "submit", id, token["legal"], null, version, ct);
            version = await ActAsync(phase, "endorse", id, token["section"], null, version, ct);
            version = await ActAsync(phase, "endorse", id, token["office"], "เห็นควรอนุญาต", version, ct);
            version = await ActAsync(phase, "endorse", id, token["clerk"], null, version, ct);
            var signed = await api.SendAsync($"{phase}/sign", HttpMethod.Post, $"/api/documents/{id}/sign", token["mayor"], Action("อนุญาต", version), HttpStatusCode.OK, ct);
            watcher.Expect(signed.GetProperty("registerNumber").GetString()!, Stopwatch.GetTimestamp(), phase);
            return true;
        }
        catch (Exception e) when (e is BenchRequestException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            Interlocked.Increment(ref _failed);
            lock (_errors)
            {
                if (_errors.Count < 10)
                    _errors.Add(e.Message);
            }

            return false;
        }
    }

    private async Task<int> ActAsync(string phase, string action, Guid id, Credential token, string? note, int version, CancellationToken ct)
    {
        var answer = await api.SendAsync($"{phase}/{action}", HttpMethod.Post, $"/api/documents/{id}/{action}", token, Action(note, version), HttpStatusCode.OK, ct);
        return answer.GetProperty("version").GetInt32();
    }

    private static string Action(string? note, int version) => JsonSerializer.Serialize(new { note, version });

    private PhaseResult Result(string phase, int memos, int routed, TimeSpan elapsed, double? rate)
    {
        var seconds = elapsed.TotalSeconds;
        string[] errors;
        lock (_errors)
        {
            errors = [.. _errors];
            _errors.Clear();
        }
        return new PhaseResult(phase, memos, routed, Interlocked.Exchange(ref _failed, 0), Math.Round(seconds, 3), Math.Round(routed / seconds, 1),
            Math.Round(routed * ActionsPerMemo / seconds, 1), Math.Round(routed * RequestsPerMemo / seconds, 1), rate, errors);
    }
}
