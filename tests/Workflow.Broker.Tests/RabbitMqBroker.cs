using RabbitMQ.Client;
using Workflow.Bench;

namespace Workflow.Broker.Tests;

/// <summary>
/// A real RabbitMQ for tests: the broker named by RABBITMQ_URL, or else a private node of the locally installed
/// rabbitmq-server, started by the benchmark's <see cref="RabbitNode"/>. Use as a class, collection or assembly
/// fixture; tests call <see cref="EnsureAvailable"/> first. Outside CI a missing broker skips; in CI it fails.
/// </summary>
public sealed class RabbitMqBroker : IAsyncLifetime
{
    private const string SkipReason = "RabbitMQ not available: apt-get install rabbitmq-server, or set RABBITMQ_URL";

    private RabbitNode? _node;

    private RabbitNode Node => _node ?? throw new InvalidOperationException(SkipReason);

    public bool IsAvailable => _node is not null;

    public Uri Uri => Node.Uri;
    public string Host => Node.Host;
    public int Port => Node.Port;
    public string Username => Node.Username;
    public string Password => Node.Password;
    public string VirtualHost => Node.VirtualHost;
    public string? NodeName => Node.NodeName;
    public TimeSpan LastStartDuration => Node.LastStartDuration;

    public ConnectionFactory CreateConnectionFactory() => Node.CreateFactory();

    public void EnsureAvailable()
    {
        if (!IsAvailable) Assert.Skip(SkipReason);
    }

    public void EnsureRestartable()
    {
        EnsureAvailable();
        if (!Node.CanRestart) Assert.Skip("This test stops the broker: it needs a private node, so unset RABBITMQ_URL");
    }

    public async ValueTask InitializeAsync()
    {
        if (RabbitNode.IsObtainable)
            _node = await RabbitNode.StartAsync(CancellationToken.None);
        else if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException(SkipReason);
    }

    /// <summary>A fresh virtual host on the private node, so a test sees no queue or message of an earlier one.</summary>
    public Task<string> AddVirtualHostAsync(CancellationToken cancellationToken = default) => Node.AddVirtualHostAsync(cancellationToken);

    /// <summary>The queues of a virtual host and their message counts, for failure messages.</summary>
    public Task<string> ListQueuesAsync(string virtualHost, CancellationToken cancellationToken = default) => Node.ListQueuesAsync(virtualHost, cancellationToken);

    /// <summary>Starts the private node again after <see cref="StopAsync"/>.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => Node.RestartAsync(cancellationToken);

    /// <summary>Stops the private node cleanly (durable queues and persistent messages survive).</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => Node.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
            await _node.DisposeAsync();
    }
}
