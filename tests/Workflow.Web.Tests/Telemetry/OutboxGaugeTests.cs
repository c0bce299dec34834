using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>
/// The outbox gauges on hosts of their own (a stuck event; PostgreSQL). A class apart from <see cref="MetricsEndpointTests"/>:
/// a host disposed while another one's fixture host lives has taken series out of that host's exporter.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OutboxGaugeTests
{
    [Fact]
    public async Task Backlog_gauges_show_an_event_the_broker_never_took_and_how_long_it_waits()
    {
        await using var stuck = new WorkflowApp();
        await stuck.ReadDbAsync(db =>
        {
            // A type no contract has: the dispatcher cannot publish it, so it stays unsent.
            db.Outbox.Add(new Workflow.Web.Data.OutboxMessage
            {
                MessageId = Guid.NewGuid(), DocumentId = Guid.NewGuid(), Type = "NoSuchEvent", Payload = "{}",
                CreatedAt = DateTimeOffset.UtcNow.AddHours(-1),
            });
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var metrics = await MetricsText.ReadAsync(stuck.Api.CreateClient());

        Assert.True(metrics.Sum("workflow_outbox_backlog") >= 1, metrics.Text);
        Assert.True(metrics.Sum("workflow_outbox_oldest_age_seconds") >= 3600, metrics.Text);
    }

    [Fact]
    public async Task Gauges_read_the_outbox_on_postgresql_too()
    {
        await using var postgres = new PostgresWorkflowApp();
        var draft = await postgres.Api.CreateDraftAsync();
        await postgres.Api.ActOkAsync(Demo.Legal, draft.Id, "submit");

        var metrics = await MetricsText.ReadAsync(postgres.Api.CreateClient());

        Assert.Single(metrics.Samples("workflow_outbox_backlog"));
        Assert.Single(metrics.Samples("workflow_outbox_oldest_age_seconds"));
        Assert.True(metrics.Sum("workflow_actions_total", "kind=\"submit\"") >= 1, metrics.Text);
    }
}
