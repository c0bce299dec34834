using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>/metrics in Development: anonymous, the service's own metrics beside ASP.NET Core's.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class MetricsEndpointTests(InstanceWorkflowApp app) : IClassFixture<InstanceWorkflowApp>
{
    private const string Signs = "kind=\"sign\"";

    [Fact]
    public async Task Metrics_lists_the_outbox_backlog_and_the_age_of_its_oldest_event()
    {
        var metrics = await MetricsText.ReadAsync(app.Api.CreateClient());

        Assert.Single(metrics.Samples("workflow_outbox_backlog"));
        Assert.Single(metrics.Samples("workflow_outbox_oldest_age_seconds"));
    }

    [Fact]
    public async Task Actions_counter_counts_a_signature_by_its_kind()
    {
        var id = await app.Api.MemoAtStepAsync(3);
        var before = await MetricsText.ReadAsync(app.Api.CreateClient());

        await app.Api.ActOkAsync(Demo.Mayor, id, "sign");
        var after = await MetricsText.ReadAsync(app.Api.CreateClient());

        Assert.True(after.Sum("workflow_actions_total", Signs) > before.Sum("workflow_actions_total", Signs), after.Text);
        Assert.True(after.Sum("workflow_actions_total", "kind=\"endorse\"") >= 3, after.Text);
    }

    [Fact]
    public async Task Publication_delay_is_recorded_once_a_signed_memo_is_published()
    {
        var id = await app.Api.MemoAtStepAsync(3);
        await app.Api.ActOkAsync(Demo.Mayor, id, "sign");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)));

        var metrics = await MetricsText.ReadAsync(app.Api.CreateClient());

        Assert.True(metrics.Sum("workflow_publication_delay_seconds_count") >= 1, metrics.Text);
    }

    [Fact]
    public async Task Request_durations_are_measured_per_route()
    {
        await app.Api.MemoAtStepAsync(0);

        var metrics = await MetricsText.ReadAsync(app.Api.CreateClient());

        Assert.True(metrics.Sum("http_server_request_duration_seconds_count", "http_route=\"/api/documents/{id:guid}/submit\"") >= 1, metrics.Text);
    }

    [Fact]
    public async Task Every_series_carries_the_instance_id_from_the_setting()
    {
        await app.Api.MemoAtStepAsync(0);

        var metrics = await MetricsText.ReadAsync(app.Api.CreateClient());

        Assert.All(metrics.Samples("workflow_actions_total"), s => Assert.Contains($"service_instance_id=\"{InstanceWorkflowApp.InstanceId}\"", s));
        Assert.All(metrics.Samples("workflow_outbox_backlog"), s => Assert.Contains($"service_instance_id=\"{InstanceWorkflowApp.InstanceId}\"", s));
    }
}
