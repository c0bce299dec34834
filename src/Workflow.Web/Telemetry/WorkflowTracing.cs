using System.Diagnostics;
using MassTransit.Logging;
using OpenTelemetry.Trace;
using Workflow.Web.Data;

namespace Workflow.Web.Telemetry;

/// <summary>
/// The service's spans (source "Workflow.Web") and what a trace is made of: ASP.NET Core's request spans, MassTransit's
/// send and consume spans, and the outbox hop between them, which breaks the ambient Activity: the writer stores the
/// W3C traceparent in the row, the dispatcher publishes the row under a span whose parent is that context.
/// </summary>
public static class WorkflowTracing
{
    public const string SourceName = "Workflow.Web";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>The traceparent of the current span, when it is a W3C one (55 characters); null outside any trace.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { Length: 55 } id } ? id : null;

    /// <summary>A span for publishing one outbox row, a child of the action that wrote it; null when nobody records.</summary>
    public static Activity? StartPublishing(OutboxMessage row)
    {
        if (!Source.HasListeners())
            return null;
        // A row written outside any trace (or before the column existed) starts a trace of its own.
        ActivityContext.TryParse(row.TraceParent, null, isRemote: true, out var parent);
        var activity = Source.StartActivity($"outbox publish {row.Type}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.MessageId.ToString());
        activity?.SetTag("workflow.document.id", row.DocumentId.ToString());
        return activity;
    }

    /// <summary>
    /// Turns tracing on with the given exporter: the OTLP one from <see cref="TelemetrySetup"/>, or a test's in-memory one.
    /// Requests for /metrics and /health are left out: scrapes and probes would drown the actions.
    /// </summary>
    public static IServiceCollection AddWorkflowTracing(this IServiceCollection services, Action<TracerProviderBuilder> export)
    {
        services.AddOpenTelemetry().WithTracing(t =>
        {
            t.AddSource(SourceName)
                .AddSource(DiagnosticHeaders.DefaultListenerName)
                .AddAspNetCoreInstrumentation(o => o.Filter = http =>
                    !http.Request.Path.StartsWithSegments("/metrics") && !http.Request.Path.StartsWithSegments("/health"));
            export(t);
        });
        return services;
    }
}
