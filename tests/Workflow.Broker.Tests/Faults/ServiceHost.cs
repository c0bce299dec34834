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

    /// <summary>The service build beside the test binaries.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Workflow.Web.dll");

    /// <summary>
    /// The settings every fault test's service takes, with its files under <paramref name="root"/> (one folder for
    /// every instance, as a shared volume would be); the caller adds its database and transport.
    /// </summary>
    public static Dictionary<string, string> Settings(string root) => new()
    {
        // The load signs as the mayor with a password only (ADR 31).
        ["SecondFactor__RequiredFor"] = "None",
        ["Storage__AttachmentsPath"] = Path.Combine(root, "attachments"),
        ["Publication__PdfPath"] = Path.Combine(root, "publications"),
        ["DataProtection__KeysPath"] = Path.Combine(root, "keys"),
        ["Workflows__Path"] = Path.Combine(RepositoryRoot(), "workflows"),
        ["Demo__SeedUsers"] = "true",
        ["Health__Key"] = Workflow.Web.Tests.Infrastructure.WorkflowApp.HealthKey,
        ["Logging__LogLevel__Default"] = "Warning",
    };

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
