using MassTransit.Monitoring;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Workflow.Web.Telemetry;

/// <summary>
/// OpenTelemetry for the service (ADR 32): metrics for Prometheus (/metrics) and for an OTLP collector, traces for the
/// collector only. Every metric and span carries service.instance.id, so that several instances can be told apart.
/// </summary>
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxBacklogGauge>();
        services.AddSingleton<WorkflowMetrics>();

        // What to export is known before the container exists; a bad value is reported by ValidateOnStart, not here.
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.Otlp;
        var otel = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(options.ServiceName, serviceInstanceId: options.InstanceId));
        if (options.Prometheus || otlp is not null)
        {
            otel.WithMetrics(m =>
            {
                m.AddMeter(WorkflowMetrics.MeterName, InstrumentationOptions.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation();
                if (options.Prometheus)
                    m.AddPrometheusExporter(p =>
                    {
                        // Each instance is scraped on its own: its id goes on every series, not only on target_info.
                        p.ResourceConstantLabels = key => key is "service.instance.id" or "service.name";
                        // No answer cache (default 300 ms): a counter read right after an action shows it. The backlog
                        // query keeps its own one-second cache (OutboxBacklogGauge).
                        p.ScrapeResponseCacheDurationMilliseconds = 0;
                    });
                if (otlp is not null)
                    m.AddOtlpExporter(o => Point(o, otlp, options.OtlpProtocol, "v1/metrics"));
            });
        }

        if (otlp is not null)
            services.AddWorkflowTracing(t => t.AddOtlpExporter(o => Point(o, otlp, options.OtlpProtocol, "v1/traces")));
        return builder;
    }

    /// <summary>/metrics when Telemetry:Prometheus is on, behind <see cref="ScrapeAccess"/>.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        // The gauges exist once the instruments do: made now, not when the first action asks for them.
        _ = app.Services.GetRequiredService<WorkflowMetrics>();
        var options = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Prometheus)
            app.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null, configureBranchedPipeline: b => b.UseMiddleware<ScrapeAccess>(),
                optionsName: null);
        return app;
    }

    // Over HTTP the exporter takes the endpoint as given, so the signal's path is added here, as the OTLP spec's variable would.
    private static void Point(OtlpExporterOptions o, Uri endpoint, OtlpTransport protocol, string signalPath)
    {
        o.Protocol = protocol == OtlpTransport.Grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        o.Endpoint = protocol == OtlpTransport.Grpc ? endpoint : new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
    }
}
