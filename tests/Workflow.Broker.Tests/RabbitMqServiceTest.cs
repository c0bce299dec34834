namespace Workflow.Broker.Tests;

/// <summary>
/// A test class that runs the service on the shared RabbitMQ node: a fresh host per test, on its own SQLite file and
/// its own virtual host (an earlier test's unconsumed messages would otherwise queue ahead of this test's).
/// </summary>
[Collection(BrokerCollection.Name)]
public abstract class RabbitMqServiceTest(RabbitMqBroker broker) : IAsyncLifetime
{
    protected RabbitMqBroker Broker { get; } = broker;

    protected RabbitMqWorkflowApp App { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Without a broker the test skips at its first line (EnsureAvailable) and never touches App.
        if (Broker.IsAvailable)
            App = new RabbitMqWorkflowApp(Broker, await Broker.AddVirtualHostAsync(Ct));
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return App?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
