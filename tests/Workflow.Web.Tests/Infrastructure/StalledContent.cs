using System.Net;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>A request body that sends its first part, then waits until the test releases the rest.</summary>
public sealed class StalledContent : HttpContent
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] _bytes;
    private readonly int _firstPart;

    public StalledContent(HttpContent inner, int firstPart)
    {
        _bytes = inner.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        _firstPart = firstPart;
        foreach (var header in inner.Headers)
            Headers.TryAddWithoutValidation(header.Key, header.Value);
    }

    public void Release() => _release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_bytes.AsMemory(0, _firstPart));
        await stream.FlushAsync();
        await _release.Task;
        await stream.WriteAsync(_bytes.AsMemory(_firstPart));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _bytes.Length;
        return true;
    }
}
