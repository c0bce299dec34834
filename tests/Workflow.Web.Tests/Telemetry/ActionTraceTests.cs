using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>One trace follows the mayor's signature from the HTTP request through the outbox and the broker to the publication.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class ActionTraceTests(TracedWorkflowApp app) : IClassFixture<TracedWorkflowApp>
{
    [Fact]
    public async Task Signature_request_outbox_publish_consumer_and_publication_share_one_trace()
    {
        var id = await app.Api.MemoAtStepAsync(3);

        await app.Api.ActOkAsync(Demo.Mayor, id, "sign");

        var request = await RequestSpanAsync($"/api/documents/{id}/sign");
        var trace = await SpansOfTraceAsync(request.TraceId, spans => spans.Any(s => s.DisplayName == "outbox publish DocumentPublished"));
        var outboxHop = Assert.Single(trace, s => s.DisplayName == "outbox publish DocumentSigned");
        var consumer = Assert.Single(trace, s => s.Kind == ActivityKind.Consumer && s.DisplayName == "document-signed process");
        var publication = Assert.Single(trace, s => s.DisplayName == "outbox publish DocumentPublished");
        Assert.Equal(request.SpanId, outboxHop.ParentSpanId);
        Assert.Contains(trace, s => s.Kind == ActivityKind.Producer && s.ParentSpanId == outboxHop.SpanId);
        Assert.Equal(consumer.SpanId, publication.ParentSpanId);
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)));
    }

    [Fact]
    public async Task Outbox_row_keeps_the_traceparent_of_the_request_that_wrote_it()
    {
        var id = (await app.Api.CreateDraftAsync()).Id;

        await app.Api.ActOkAsync(Demo.Legal, id, "submit");

        var request = await RequestSpanAsync($"/api/documents/{id}/submit");
        var stored = await app.ReadDbAsync(db => db.Outbox.Where(o => o.DocumentId == id).Select(o => o.TraceParent).SingleAsync());
        Assert.Equal(request.Id, stored);
    }

    /// <summary>The server span of the request to <paramref name="path"/>: exported when it ends, which may follow the answer.</summary>
    private async Task<Activity> RequestSpanAsync(string path)
    {
        bool IsIt(Activity s) => s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == path;
        await WaitForAsync(() => app.Spans.Snapshot().Any(IsIt));
        return app.Spans.Snapshot().Single(IsIt);
    }

    /// <summary>Waits (bounded) until the trace holds what <paramref name="complete"/> asks for; answers its spans.</summary>
    private async Task<Activity[]> SpansOfTraceAsync(ActivityTraceId trace, Func<Activity[], bool> complete)
    {
        Activity[] Trace() => app.Spans.Snapshot().Where(s => s.TraceId == trace).ToArray();
        await WaitForAsync(() => complete(Trace()));
        return Trace();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition() && DateTime.UtcNow < until)
            await Task.Delay(50, TestContext.Current.CancellationToken);
    }
}
