using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Web.Options;

namespace Workflow.Web.Messaging;

/// <summary>MassTransit on the configured transport: in-memory by default, RabbitMQ by configuration.</summary>
public static class MessagingSetup
{
    public static IServiceCollection AddMessaging(this IServiceCollection services, MessagingOptions options)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxClaims>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddMassTransit(x =>
        {
            // MassTransit 8.4+ reports usage to its vendor's host by default; this service connects only where it was configured to.
            x.DisableUsageTelemetry();
            x.SetKebabCaseEndpointNameFormatter();
            x.AddConsumer<DocumentEventJournalConsumer, DatabaseConsumerDefinition<DocumentEventJournalConsumer>>();
            x.AddConsumer<DocumentSignedConsumer, DatabaseConsumerDefinition<DocumentSignedConsumer>>();
            x.AddConsumer<DocumentDeclassifiedConsumer, DatabaseConsumerDefinition<DocumentDeclassifiedConsumer>>();
            x.AddConsumer<Notifications.NotificationConsumer, DatabaseConsumerDefinition<Notifications.NotificationConsumer>>();
            // A broker outage degrades the service (actions are still accepted into the outbox); it is not down.
            x.ConfigureHealthCheckOptions(o => o.MinimalFailureStatus = HealthStatus.Degraded);
            if (options.Transport == MessagingTransport.RabbitMq)
            {
                services.AddSingleton<BrokerConsumersHealthCheck>();
                services.AddHealthChecks().AddCheck<BrokerConsumersHealthCheck>("broker-consumers");
                x.UsingRabbitMq((context, cfg) =>
                {
                    var r = options.RabbitMq;
                    cfg.Host(r.Host, (ushort)r.Port, r.VirtualHost, h =>
                    {
                        h.Username(r.Username);
                        h.Password(r.Password);
                        h.PublisherConfirmation = true;
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        return services;
    }
}
