namespace Workflow.Broker.Tests;

/// <summary>
/// Tests that run the service on RabbitMQ share one private node and run one at a time: hosts on one virtual
/// host share exchanges, and the outage test stops the node.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "RabbitMQ service";
}
