using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using Workflow.Web.Options;

namespace Workflow.Web.Messaging;

/// <summary>
/// With RabbitMQ, asks the broker itself whether each of the service's queues has a consumer, and how many
/// messages wait in it. MassTransit's own check reports a receive endpoint "ready" from the client's side, and
/// has said so while the broker showed the queue with no consumer at all (ADR 7). A queue without a consumer is
/// Degraded at first (the endpoint may be reconnecting) and Unhealthy once it lasts longer than
/// <see cref="MessagingOptions.ConsumerMissingUnhealthyAfter"/>, so that an orchestrator restarts the service.
/// </summary>
public sealed class BrokerConsumersHealthCheck(IOptions<MessagingOptions> options, TimeProvider clock) : IHealthCheck, IAsyncDisposable
{
    /// <summary>The queues of this service's consumers, named as MassTransit names their endpoints.</summary>
    public static readonly IReadOnlyList<string> Queues =
    [
        KebabCaseEndpointNameFormatter.Instance.Consumer<DocumentEventJournalConsumer>(),
        KebabCaseEndpointNameFormatter.Instance.Consumer<DocumentSignedConsumer>(),
        KebabCaseEndpointNameFormatter.Instance.Consumer<DocumentDeclassifiedConsumer>(),
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DateTimeOffset> _missingSince = [];
    private IConnection? _connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await CheckQueuesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The bus check already reports an unreachable broker; this one cannot tell more then.
            await DropConnectionAsync();
            return HealthCheckResult.Degraded($"The broker could not be asked about its queues: {e.GetBaseException().Message}");
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<HealthCheckResult> CheckQueuesAsync(CancellationToken ct)
    {
        _connection ??= await Factory().CreateConnectionAsync("workflow-health", ct);
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: ct);
        var now = clock.GetUtcNow();
        var data = new Dictionary<string, object>();
        var missing = new List<(string Queue, TimeSpan For)>();
        foreach (var queue in Queues)
        {
            // Passive: only asks; a queue that does not exist yet closes the channel with 404 (reported as Degraded).
            var ok = await channel.QueueDeclarePassiveAsync(queue, ct);
            data[queue] = new { consumers = ok.ConsumerCount, ready = ok.MessageCount };
            if (ok.ConsumerCount > 0)
            {
                _missingSince.Remove(queue);
                continue;
            }

            var since = _missingSince.TryGetValue(queue, out var first) ? first : _missingSince[queue] = now;
            missing.Add((queue, now - since));
        }

        if (missing.Count == 0)
            return HealthCheckResult.Healthy("Every queue of the service has a consumer.", data);
        var text = string.Join(", ", missing.Select(m => $"{m.Queue} (for {m.For.TotalSeconds:0} s)"));
        return missing.Any(m => m.For > options.Value.ConsumerMissingUnhealthyAfter)
            ? HealthCheckResult.Unhealthy($"No consumer on the broker for: {text}.", data: data)
            : HealthCheckResult.Degraded($"No consumer on the broker yet for: {text}.", data: data);
    }

    private ConnectionFactory Factory()
    {
        var r = options.Value.RabbitMq;
        return new ConnectionFactory
        {
            HostName = r.Host,
            Port = r.Port,
            VirtualHost = r.VirtualHost,
            UserName = r.Username,
            Password = r.Password,
            AutomaticRecoveryEnabled = false, // a failed check drops the connection and the next one opens a new one
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        };
    }

    private async Task DropConnectionAsync()
    {
        if (_connection is null) return;
        try
        {
            await _connection.DisposeAsync();
        }
        catch (Exception)
        {
            // Already broken: nothing to close.
        }

        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        await DropConnectionAsync();
        _gate.Dispose();
    }
}
