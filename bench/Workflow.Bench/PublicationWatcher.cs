using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Workflow.Bench;

/// <summary>
/// Watches the public site as a reader would: one poller lists the newest publications every few milliseconds
/// (paging further back only when a whole page is new) and notes when each register number first appears.
/// Signature → public is measured from the moment the mayor's sign answer arrived to that first sighting, so it
/// includes up to one poll interval; the server-side figure from the database has no such error.
/// </summary>
public sealed class PublicationWatcher(HttpClient http, TimeSpan interval)
{
    private const int PageSize = 100;
    private const int MaxPagesPerPoll = 50;
    private readonly ConcurrentDictionary<string, (long At, string Phase)> _signed = new();
    private readonly ConcurrentDictionary<string, long> _seen = new();
    private long _polls;

    public long Polls => Interlocked.Read(ref _polls);

    public void Expect(string registerNumber, long signedTimestamp, string phase) => _signed[registerNumber] = (signedTimestamp, phase);

    public int Expected => _signed.Count;

    public int Published => _signed.Keys.Count(_seen.ContainsKey);

    /// <summary>Signature → public in ms for every expected memo seen so far (0 when it was public before the answer came back).</summary>
    public IReadOnlyCollection<double> Latencies(string phase) =>
        [.. _signed.Where(s => s.Value.Phase == phase && _seen.ContainsKey(s.Key))
            .Select(s => Math.Max(0, Stopwatch.GetElapsedTime(s.Value.At, _seen[s.Key]).TotalMilliseconds))];

    public IEnumerable<string> RegisterNumbers(string phase) => _signed.Where(s => s.Value.Phase == phase).Select(s => s.Key);

    public async Task RunAsync(CancellationToken stop)
    {
        await PollAsync(baseline: true, stop);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stop);
                await PollAsync(baseline: false, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Waits until every expected memo has been seen, or the timeout; true when all were.</summary>
    public async Task<bool> WaitAllAsync(int expected, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (Published < expected || Expected < expected)
        {
            if (clock.Elapsed > timeout)
                return false;
            await Task.Delay(5, ct);
        }

        return true;
    }

    private async Task PollAsync(bool baseline, CancellationToken ct)
    {
        for (var page = 1; page <= MaxPagesPerPoll; page++)
        {
            using var response = await http.GetAsync($"/public/api/memos?pageSize={PageSize}&page={page}", ct);
            response.EnsureSuccessStatusCode();
            var now = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _polls);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct));
            var items = json.RootElement.GetProperty("items");
            var fresh = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (_seen.TryAdd(item.GetProperty("registerNumber").GetString()!, now))
                    fresh++;
            }

            // Only a page that was new from top to bottom may hide newer-than-last-poll items on the next page.
            if (baseline || fresh < PageSize)
                return;
        }
    }
}
