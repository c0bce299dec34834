using System.Collections.Concurrent;
using System.Net;

namespace Workflow.Bench;

/// <summary>How many seeded memos the service itself verified, and the first few it found broken.</summary>
public sealed record SeedCheckResult(int Checked, int Intact, IReadOnlyList<string> Broken)
{
    public bool Passed => Checked == Intact;
}

/// <summary>
/// Asks the running service to verify the audit chain of every seeded memo (GET /api/documents/{id}/audit/verify, as
/// the author, who may read them all): the proof that what the seeder wrote is what the service would have written.
/// </summary>
public static class SeedCheck
{
    public static async Task<SeedCheckResult> RunAsync(ApiSession api, IReadOnlyList<Guid> ids, int readers, CancellationToken ct)
    {
        var token = await api.LoginAsync("legal", ct);
        var broken = new ConcurrentQueue<string>();
        var intact = 0;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < ids.Count)
            {
                var answer = await api.SendAsync("seed/verify", HttpMethod.Get, $"/api/documents/{ids[i]}/audit/verify", token, null, HttpStatusCode.OK, ct);
                if (answer.GetProperty("valid").GetBoolean())
                    Interlocked.Increment(ref intact);
                else if (broken.Count < 10)
                    broken.Enqueue($"{ids[i]}: entry {answer.GetProperty("firstBrokenSequence")}, {answer.GetProperty("reason").GetString()}");
            }
        }, ct)));
        return new SeedCheckResult(ids.Count, intact, [.. broken]);
    }
}
