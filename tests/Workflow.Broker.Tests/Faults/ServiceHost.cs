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

    /// <summary>The repository's root (where Workflow.sln is), for the workflows folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflow.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Workflow.sln not found above the test binaries.");
    }

    /// <summary>Removes a test's temp folder; one left behind (a file still open) does not change the result.</summary>
    public static void DeleteFolder(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
            await _service.DisposeAsync();
    }
}
