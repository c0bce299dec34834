using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Broker.Tests;

/// <summary>The real host on its own SQLite file, with MassTransit on the real RabbitMQ of <see cref="RabbitMqBroker"/>.</summary>
public sealed class RabbitMqWorkflowApp : WorkflowApp
{
    public RabbitMqWorkflowApp(RabbitMqBroker broker, string virtualHost)
    {
        Broker = broker;
        Settings["Messaging:Transport"] = "RabbitMq";
        Settings["Messaging:RabbitMq:Host"] = broker.Host;
        Settings["Messaging:RabbitMq:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Messaging:RabbitMq:VirtualHost"] = virtualHost;
        Settings["Messaging:RabbitMq:Username"] = broker.Username;
        Settings["Messaging:RabbitMq:Password"] = broker.Password;
        // Short, so the outage test sees /health turn Degraded quickly.
        Settings["Messaging:OutboxDegradedAfter"] = "00:00:02";
    }

    public RabbitMqBroker Broker { get; }
}
