using System.Net;

namespace Workflow.Bench;

public sealed record ReadResult(int DocumentsInDatabase, int Readers, LatencyStats Inbox, LatencyStats DocumentPage);

/// <summary>
/// The approvers' two everyday reads on a full database: the inbox (GET /api/inbox) and one memo with its history
/// (GET /api/documents/{id}), each from a few concurrent readers, as the section head, the head of the clerk's
/// office, the municipal clerk and the mayor in turn.
/// </summary>
public static class ReadProbe
{
    private static readonly string[] Approvers = ["section", "office", "clerk", "mayor"];

    public static async Task<ReadResult> MeasureAsync(ApiSession api, Latencies latencies, IReadOnlyList<Guid> signed, int documents,
        int requests, int readers, CancellationToken ct)
    {
        var tokens = new Dictionary<string, Credential>();
        foreach (var user in Approvers)
            tokens[user] = await api.LoginAsync(user, ct);

        // Warm-up: the first request of each kind pays for JIT and the first page cache misses.
        foreach (var user in Approvers)
        {
            await api.SendAsync("warmup", HttpMethod.Get, "/api/inbox", tokens[user], null, HttpStatusCode.OK, ct);
            await api.SendAsync("warmup", HttpMethod.Get, $"/api/documents/{signed[0]}", tokens[user], null, HttpStatusCode.OK, ct);
        }

        async Task RunAsync(string name, Func<int, string> path)
        {
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                    await api.SendAsync(name, HttpMethod.Get, path(i), tokens[Approvers[i % Approvers.Length]], null, HttpStatusCode.OK, ct);
            }, ct)));
        }

        await RunAsync("read/inbox", _ => "/api/inbox");
        await RunAsync("read/document", i => $"/api/documents/{signed[i * 7919 % signed.Count]}");
        return new ReadResult(documents, readers, LatencyStats.Of(latencies.Of("read/inbox")), LatencyStats.Of(latencies.Of("read/document")));
    }
}
