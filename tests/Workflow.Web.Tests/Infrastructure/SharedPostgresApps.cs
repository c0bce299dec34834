using System.Collections.Concurrent;
using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// Three instances of the service in this test process on ONE fresh PostgreSQL database and one storage folder,
/// each with its own in-memory bus (ADR 33). They start at the same moment (their first requests side by side),
/// as instances behind a proxy do after a deployment. Every publication on any of their buses is recorded in order.
/// </summary>
public sealed class SharedPostgresApps : IAsyncLifetime
{
    public const int Count = 3;

    private readonly string _storage = Directory.CreateTempSubdirectory("workflow-shared-storage-").FullName;

    private string? _connectionString;

    private readonly List<IDisposable> _observers = [];

    public IReadOnlyList<SharedDatabaseWorkflowApp> Hosts { get; private set; } = [];

    /// <summary>The statuses of the three first requests, sent at once to hosts none of which had started.</summary>
    public IReadOnlyList<HttpStatusCode> FirstAnswers { get; private set; } = [];

    public PublishLog Published { get; } = new();

    public string StoragePath => _storage;

    public SharedDatabaseWorkflowApp this[int i] => Hosts[i];

    public async ValueTask InitializeAsync()
    {
        _connectionString = PostgresServer.CreateDatabase();
        Hosts = [.. Enumerable.Range(0, Count).Select(_ => new SharedDatabaseWorkflowApp(_connectionString, _storage))];
        FirstAnswers = await Task.WhenAll(Hosts.Select(host => Task.Run(async () =>
        {
            using var response = await host.HealthClient().GetAsync("/health");
            return response.StatusCode;
        })));
        foreach (var (host, index) in Hosts.Select((h, i) => (h, i)))
            _observers.Add(host.Services.GetRequiredService<IBus>().ConnectPublishObserver(new Recorder(Published, index)));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var observer in _observers)
            observer.Dispose();
        foreach (var host in Hosts)
            await host.DisposeAsync();
        if (_connectionString is not null)
            await PostgresServer.DropDatabaseAsync(_connectionString);
        try
        {
            Directory.Delete(_storage, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind; the results stand.
        }
    }

    /// <summary>Every message any instance's bus published: which instance, in the order the publishes returned.</summary>
    public sealed class PublishLog
    {
        private readonly ConcurrentQueue<(Guid MessageId, int Host)> _entries = new();

        public void Add(Guid messageId, int host) => _entries.Enqueue((messageId, host));

        public IReadOnlyList<(Guid MessageId, int Host)> Entries => [.. _entries];
    }

    private sealed class Recorder(PublishLog log, int host) : IPublishObserver
    {
        public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context) where T : class
        {
            if (context.MessageId is { } id)
                log.Add(id, host);
            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
