using System.Collections.Concurrent;
using System.Net;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Operations;

/// <summary>
/// Workers routing memos through the API, each memo with its own PDF, recording every action the service
/// acknowledged (HTTP 200/201) in the order the answers came.
/// </summary>
public sealed class RoutingLoad(ApiClient api)
{
    public const int MaxMemosPerWorker = 60;

    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public int Count => _acknowledged.Count;

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Everything acknowledged up to now.</summary>
    public IReadOnlyList<Acknowledged> Snapshot() => _acknowledged.ToArray();

    public async Task RunWorkerAsync(int worker, CancellationToken stop)
    {
        for (var i = 0; i < MaxMemosPerWorker && !stop.IsCancellationRequested && _failures.IsEmpty; i++)
        {
            var id = (await api.CreateDraftAsync(subject: $"รายงานผลการดำเนินงาน ชุดที่ {worker}-{i}")).Id;
            _acknowledged.Enqueue(new(id, "create"));
            using (var upload = await api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(padding: (worker * 1000) + i), $"รายงาน-{worker}-{i}.pdf")))
                Record(id, "upload", upload, HttpStatusCode.Created);
            foreach (var (user, action) in Route)
            {
                if (stop.IsCancellationRequested)
                    return;
                using var response = await api.ActAsync(user, id, action);
                Record(id, action, response, HttpStatusCode.OK);
            }
        }
    }

    private static readonly (string User, string Action)[] Route =
        [(Demo.Legal, "submit"), (Demo.Section, "endorse"), (Demo.Office, "endorse"), (Demo.Clerk, "endorse"), (Demo.Mayor, "sign")];

    private void Record(Guid id, string step, HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode == expected)
            _acknowledged.Enqueue(new(id, step));
        else
            _failures.Enqueue($"{step} {id}: {(int)response.StatusCode}");
    }

    public sealed record Acknowledged(Guid DocumentId, string Step)
    {
        public bool IsAuditedAction => Step is not ("create" or "upload");
    }
}
