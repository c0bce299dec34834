using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Workflow.Broker.Tests.Faults;
using Workflow.Web.Tests.Telemetry;

namespace Workflow.Broker.Tests;

/// <summary>
/// Consumer failures on /metrics (issue 13, ADR 32), in a service process of its own: MassTransit's meter is bound
/// to the first bus of a process, so a test host among many others shows none of its series. The fault is one an
/// operator can cause: the PDF folder replaced by a file, so the consumer publishing the signed memo fails and is
/// retried. Put back, the retries publish the memo by themselves.
/// </summary>
public sealed class ConsumerFailureMetricTests : IAsyncLifetime
{
    private const string Errors = "messaging_masstransit_consume_errors_ea_total";
    private const string SignedConsumer = "DocumentSignedConsumer";
    private readonly string _root = Directory.CreateTempSubdirectory("workflow-consumer-fault-").FullName;
    private ServiceHost? _host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string PdfFolder => Path.Combine(_root, "publications");

    public async ValueTask InitializeAsync()
    {
        var env = ServiceHost.Settings(_root);
        env["Database__Path"] = Path.Combine(_root, "workflow.db");
        _host = new ServiceHost(ServiceHost.Dll, env);
        await _host.RestartAsync();
    }

    [Fact]
    public async Task Failing_publication_consumer_is_counted_per_consumer_and_the_memo_is_published_once_the_folder_is_back()
    {
        var url = _host!.Service.Url;
        using var scrape = new HttpClient { BaseAddress = url };
        var before = (await MetricsText.ReadAsync(scrape)).Sum(Errors, SignedConsumer);
        Directory.CreateDirectory(PdfFolder);
        Directory.Delete(PdfFolder, recursive: true);
        await File.WriteAllTextAsync(PdfFolder, "a file where the PDF folder should be", Ct);

        var registerNumber = await ReferenceRoute.SignOneAsync(scrape, Ct);

        var failed = await EventuallyAsync(async () => (await MetricsText.ReadAsync(scrape)).Sum(Errors, SignedConsumer) > before);
        var metrics = await MetricsText.ReadAsync(scrape);
        Assert.True(failed, $"No consumer failure of {SignedConsumer} on /metrics:\n{string.Join('\n', metrics.Samples(Errors))}\n{_host.Service.Output()}");
        Assert.Contains(metrics.Samples(Errors), s => s.Contains(SignedConsumer, StringComparison.Ordinal) && s.Contains("IOException", StringComparison.Ordinal));
        Assert.Equal(0, metrics.Sum(Errors, "DocumentEventJournalConsumer"));
        Assert.False(await PublishedAsync(scrape, registerNumber));

        File.Delete(PdfFolder);
        Directory.CreateDirectory(PdfFolder);

        Assert.True(await EventuallyAsync(() => PublishedAsync(scrape, registerNumber), TimeSpan.FromSeconds(60)),
            $"{registerNumber} was not published after the folder came back.\n{_host.Service.Output()}");
        Assert.Single(Directory.GetFiles(PdfFolder, "*.pdf"));
    }

    private static async Task<bool> PublishedAsync(HttpClient http, string registerNumber)
    {
        var page = JsonDocument.Parse(await http.GetStringAsync("/public/api/memos?pageSize=100", Ct)).RootElement;
        return page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("registerNumber").GetString() == registerNumber);
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (timeout ?? TimeSpan.FromSeconds(30)))
        {
            if (await condition())
                return true;
            await Task.Delay(200, Ct);
        }

        return await condition();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        SqliteConnection.ClearAllPools();
        ServiceHost.DeleteFolder(_root);
    }
}
