using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Workflow.Broker.Tests.Faults;

namespace Workflow.Broker.Tests;

/// <summary>
/// The OTLP exporter by setting (issue 13, ADR 32), against a receiver that speaks OTLP over HTTP: the service as a
/// process of its own sends its spans and metrics to it, and the test reads them back from the protobuf messages
/// (ExportTraceServiceRequest, ExportMetricsServiceRequest) as a collector would.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private const string Instance = "otlp-test-1";
    private readonly string _root = Directory.CreateTempSubdirectory("workflow-otlp-").FullName;
    private readonly OtlpReceiver _receiver = new();
    private ServiceHost? _host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _receiver.StartAsync();
        var env = ServiceHost.Settings(_root);
        env["Database__Path"] = Path.Combine(_root, "workflow.db");
        env["Telemetry__OtlpEndpoint"] = _receiver.Url;
        env["Telemetry__OtlpProtocol"] = "HttpProtobuf";
        env["Telemetry__InstanceId"] = Instance;
        // The SDK's own settings: spans every half second, metrics every second (5 s and 60 s by default).
        env["OTEL_BSP_SCHEDULE_DELAY"] = "500";
        env["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
        _host = new ServiceHost(ServiceHost.Dll, env);
        await _host.RestartAsync();
    }

    [Fact]
    public async Task Signature_trace_and_action_metrics_reach_the_collector_with_the_instance_id()
    {
        using var http = new HttpClient { BaseAddress = _host!.Service.Url };

        await ReferenceRoute.SignOneAsync(http, Ct);

        Assert.True(await EventuallyAsync(() => _receiver.Spans.Any(s => s.Name == "document-signed process")
                && _receiver.MetricNames.Contains("workflow.actions")),
            $"Spans: {string.Join(", ", _receiver.Spans.Select(s => s.Name).Distinct())}\nMetrics: {string.Join(", ", _receiver.MetricNames)}\n{_host.Service.Output()}");
        Assert.All(_receiver.ContentTypes, t => Assert.Equal("application/x-protobuf", t));
        Assert.Contains(("service.name", "workflow-web"), _receiver.ResourceAttributes);
        Assert.Contains(("service.instance.id", Instance), _receiver.ResourceAttributes);
        var sign = Assert.Single(_receiver.Spans, s => s.Name == "POST /api/documents/{id:guid}/sign");
        var consumer = Assert.Single(_receiver.Spans, s => s.Name == "document-signed process");
        Assert.Equal(Convert.ToHexString(sign.TraceId), Convert.ToHexString(consumer.TraceId));
        Assert.Contains("http.server.request.duration", _receiver.MetricNames);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(200, Ct);
        return condition();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await _receiver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        ServiceHost.DeleteFolder(_root);
    }
}

/// <summary>An OTLP/HTTP receiver on a free loopback port: keeps what arrives at /v1/traces and /v1/metrics, decoded.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<Span> _spans = new();
    private readonly ConcurrentQueue<string> _metrics = new();
    private readonly ConcurrentQueue<(string, string)> _attributes = new();
    private readonly ConcurrentQueue<string> _contentTypes = new();
    private WebApplication? _app;

    public sealed record Span(byte[] TraceId, string Name);

    public string Url { get; private set; } = "";

    public IReadOnlyCollection<Span> Spans => [.. _spans];

    public IReadOnlyCollection<string> MetricNames => [.. _metrics.Distinct()];

    public IReadOnlyCollection<(string Key, string Value)> ResourceAttributes => [.. _attributes.Distinct()];

    public IReadOnlyCollection<string> ContentTypes => [.. _contentTypes];

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/traces", (HttpRequest request) => ReceiveAsync(request, ReadTraces));
        _app.MapPost("/v1/metrics", (HttpRequest request) => ReceiveAsync(request, ReadMetrics));
        await _app.StartAsync();
        Url = _app.Urls.First();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, Action<ReadOnlyMemory<byte>> read)
    {
        _contentTypes.Enqueue(request.ContentType ?? "");
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        read(body.ToArray());
        // An empty ExportTraceServiceResponse / ExportMetricsServiceResponse: everything accepted.
        return Results.Bytes([], "application/x-protobuf");
    }

    // ExportTraceServiceRequest: 1 resource_spans { 1 resource, 2 scope_spans { 2 spans { 1 trace_id, 5 name } } }
    private void ReadTraces(ReadOnlyMemory<byte> message)
    {
        foreach (var resourceSpans in Protobuf.Messages(message, 1))
        {
            ReadResource(resourceSpans);
            foreach (var span in Protobuf.Messages(resourceSpans, 2).SelectMany(scope => Protobuf.Messages(scope, 2)))
                _spans.Enqueue(new Span(Protobuf.Messages(span, 1).Single().ToArray(), Protobuf.Text(span, 5)));
        }
    }

    // ExportMetricsServiceRequest: 1 resource_metrics { 1 resource, 2 scope_metrics { 2 metrics { 1 name } } }
    private void ReadMetrics(ReadOnlyMemory<byte> message)
    {
        foreach (var resourceMetrics in Protobuf.Messages(message, 1))
        {
            ReadResource(resourceMetrics);
            foreach (var metric in Protobuf.Messages(resourceMetrics, 2).SelectMany(scope => Protobuf.Messages(scope, 2)))
                _metrics.Enqueue(Protobuf.Text(metric, 1));
        }
    }

    // Resource: 1 attributes { 1 key, 2 value { 1 string_value } }
    private void ReadResource(ReadOnlyMemory<byte> parent)
    {
        foreach (var attribute in Protobuf.Messages(parent, 1).SelectMany(resource => Protobuf.Messages(resource, 1)))
        {
            var value = Protobuf.Messages(attribute, 2).SingleOrDefault();
            _attributes.Enqueue((Protobuf.Text(attribute, 1), value.IsEmpty ? "" : Protobuf.Text(value, 1)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}

/// <summary>Just enough of the protobuf wire format to read a message's length-delimited fields.</summary>
public static class Protobuf
{
    /// <summary>The length-delimited fields numbered <paramref name="field"/> (sub-messages, strings, bytes), in order.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Messages(ReadOnlyMemory<byte> message, int field)
    {
        var at = 0;
        while (at < message.Length)
        {
            var key = Varint(message.Span, ref at);
            var (number, wire) = ((int)(key >> 3), (int)(key & 7));
            ReadOnlyMemory<byte>? found = null;
            switch (wire)
            {
                case 0:
                    Varint(message.Span, ref at);
                    break;
                case 1:
                    at += 8;
                    break;
                case 2:
                    var length = (int)Varint(message.Span, ref at);
                    found = message.Slice(at, length);
                    at += length;
                    break;
                case 5:
                    at += 4;
                    break;
                default:
                    throw new FormatException($"Wire type {wire} at byte {at}.");
            }

            if (found is { } bytes && number == field)
                yield return bytes;
        }
    }

    public static string Text(ReadOnlyMemory<byte> message, int field) =>
        Messages(message, field).Select(b => Encoding.UTF8.GetString(b.Span)).FirstOrDefault() ?? "";

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
                return value;
        }
    }
}
