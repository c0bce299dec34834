using Workflow.Bench;

namespace Workflow.Broker.Tests.Faults;

/// <summary>The service as a child process on one database, restarted (after a kill) on the same files.</summary>
public sealed class ServiceHost(string dll, IReadOnlyDictionary<string, string> env) : IAsyncDisposable
{
    private ServiceProcess? _service;

    public ServiceProcess Service => _service ?? throw new InvalidOperationException("Not started.");

    public int Starts { get; private set; }

    public async Task RestartAsync()
    {
        if (_service is not null)
            await _service.DisposeAsync();
        _service = await ServiceProcess.StartAsync(dll, env, TestContext.Current.CancellationToken);
        Starts++;
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
            await _service.DisposeAsync();
    }
}
