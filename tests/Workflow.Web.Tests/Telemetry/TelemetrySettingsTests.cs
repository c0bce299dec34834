using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>Telemetry settings are checked at start-up, and /metrics can be turned off.</summary>
public sealed class TelemetrySettingsTests
{
    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "collector:4317")]
    [InlineData("Telemetry:OtlpEndpoint", "ftp://collector:4317")]
    [InlineData("Telemetry:OtlpEndpoint", "not a url")]
    [InlineData("Telemetry:InstanceId", "web 1")]
    [InlineData("Telemetry:ServiceName", "")]
    [InlineData("Telemetry:ScrapeToken", "short-secret-4711")]
    public async Task Bad_setting_stops_start_up_naming_the_setting_and_never_a_token(string setting, string value)
    {
        await using var app = new ProductionWorkflowApp { Settings = { [setting] = value } };

        var message = StartupFailure.Of(app);

        Assert.Contains(setting, message);
        Assert.DoesNotContain("short-secret-4711", message);
    }

    [Fact]
    public async Task Metrics_endpoint_is_not_served_when_prometheus_is_off()
    {
        await using var app = new WorkflowApp { Settings = { ["Telemetry:Prometheus"] = "false" } };

        using var response = await app.Api.CreateClient().GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Otlp_endpoint_turns_on_tracing_and_metric_export_without_prometheus()
    {
        await using var app = new WorkflowApp { Settings = { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9", ["Telemetry:Prometheus"] = "false" } };

        using var response = await app.Api.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_nothing_is_traced()
    {
        await using var app = new WorkflowApp();

        using var response = await app.Api.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(app.Services.GetService<TracerProvider>());
    }
}
