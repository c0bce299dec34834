using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Web.Messaging;
using Workflow.Web.Options;

namespace Workflow.Broker.Tests;

/// <summary>/health asks the broker itself whether each of the service's queues has a consumer (ADR 7).</summary>
public sealed class BrokerConsumersHealthTests(RabbitMqBroker broker) : RabbitMqServiceTest(broker)
{
    [Fact]
    public async Task Health_shows_a_consumer_on_every_queue_of_the_service_as_the_broker_sees_it()
    {
        Broker.EnsureAvailable();
        var client = App.HealthClient();
        JsonElement check = default;
        for (var i = 0; i < 120 && check.ValueKind == JsonValueKind.Undefined; i++)
        {
            var health = await client.GetFromJsonAsync<JsonElement>("/health", Ct);
            var candidate = health.GetProperty("checks").GetProperty("broker-consumers");
            if (candidate.GetProperty("status").GetString() == "Healthy")
                check = candidate;
            else
                await Task.Delay(250, Ct);
        }

        Assert.NotEqual(JsonValueKind.Undefined, check.ValueKind);
        foreach (var queue in BrokerConsumersHealthCheck.Queues)
            Assert.True(check.GetProperty("data").GetProperty(queue).GetProperty("consumers").GetInt32() >= 1, $"{queue}: {check}");
    }

    [Fact]
    public async Task A_queue_left_without_a_consumer_is_Degraded_at_first_and_Unhealthy_once_it_lasts()
    {
        Broker.EnsureAvailable();
        // The host declares its queues and consumes; once it stops, the durable queues stay on the broker with no consumer.
        await App.Api.MemoAtStepAsync(0);
        var virtualHost = App.Settings["Messaging:RabbitMq:VirtualHost"]!;
        await App.DisposeAsync();

        await using var check = new BrokerConsumersHealthCheck(Microsoft.Extensions.Options.Options.Create(new MessagingOptions
        {
            Transport = MessagingTransport.RabbitMq,
            RabbitMq = { Host = Broker.Host, Port = Broker.Port, VirtualHost = virtualHost, Username = Broker.Username, Password = Broker.Password },
            ConsumerMissingUnhealthyAfter = TimeSpan.FromMilliseconds(200),
        }), TimeProvider.System);

        var first = await check.CheckHealthAsync(new HealthCheckContext(), Ct);
        await Task.Delay(400, Ct);
        var later = await check.CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Degraded, first.Status);
        Assert.Equal(HealthStatus.Unhealthy, later.Status);
        Assert.All(BrokerConsumersHealthCheck.Queues, queue => Assert.Contains(queue, later.Description));
    }
}
