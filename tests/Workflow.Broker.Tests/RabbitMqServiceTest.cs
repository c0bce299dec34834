namespace Workflow.Broker.Tests;

/// <summary>A test class that runs the service on the shared RabbitMQ node: a fresh host (own SQLite file) per test.</summary>
[Collection(BrokerCollection.Name)]
public abstract class RabbitMqServiceTest(RabbitMqBroker broker) : IAsyncLifetime
{
    protected RabbitMqBroker Broker { get; } = broker;

    protected RabbitMqWorkflowApp App { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        App = new RabbitMqWorkflowApp(Broker);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return App.DisposeAsync();
    }
}
