using Workflow.Bench;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Browser.Tests.Production;

/// <summary>
/// The service as a real installation runs it: `dotnet Workflow.Web.dll` in Production (own SQLite file, attachments
/// and encrypted key ring in a temp folder, demo users by setting), behind nginx terminating TLS on 127.0.0.1.
/// </summary>
public class ProxiedProduction : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"workflow-production-{Guid.NewGuid():N}");
    private ServiceProcess? _service;
    private NginxProxy? _nginx;

    /// <summary>https://127.0.0.1:PORT, the address people use (App:PublicBaseUrl).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The service's own plain-HTTP address, which only the proxy should use.</summary>
    public Uri Direct => _service!.Url;

    public string ServiceOutput => _service?.Output() ?? "";

    /// <summary>The demo municipality and its people (Demo:SeedUsers); off for an installation that starts empty.</summary>
    protected virtual bool SeedDemo => true;

    /// <summary>What an operator does on the server before the first start, with the service's own environment.</summary>
    protected virtual Task BeforeStartAsync(IReadOnlyDictionary<string, string> environment) => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        if (!NginxProxy.Installed)
            return;
        Directory.CreateDirectory(_root);
        var port = ServiceProcess.FreePort();
        BaseUrl = $"https://127.0.0.1:{port}";
        var workflows = Path.Combine(AppContext.BaseDirectory, "workflows");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["App__PublicBaseUrl"] = BaseUrl,
            ["Database__Path"] = Path.Combine(_root, "workflow.db"),
            // The production tour signs as the mayor with a password only (ADR 31).
            ["SecondFactor__RequiredFor"] = "None",
            ["Storage__AttachmentsPath"] = Path.Combine(_root, "attachments"),
            ["DataProtection__KeysPath"] = Path.Combine(_root, "keys"),
            ["DataProtection__CertificatePath"] = TestCertificates.WritePfx(_root),
            ["DataProtection__CertificatePassword"] = TestCertificates.Password,
            ["Seal__CertificatePath"] = TestCertificates.WriteSealPfx(_root),
            ["Seal__CertificatePassword"] = TestCertificates.Password,
            ["Workflows__Path"] = workflows,
            ["Demo__SeedUsers"] = SeedDemo ? "true" : "false",
        };
        await BeforeStartAsync(environment);
        _service = await ServiceProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "Workflow.Web.dll"), environment, TestContext.Current.CancellationToken);
        _nginx = await NginxProxy.StartAsync(Path.Combine(_root, "nginx"), port, _service.Url, 20 * 1024 * 1024, TestContext.Current.CancellationToken);
    }

    /// <summary>Skips where nginx is missing on a developer's machine; in CI a missing nginx is a failure.</summary>
    public void EnsureAvailable()
    {
        if (NginxProxy.Installed)
            return;
        const string message = "nginx not installed: apt-get install nginx (the production proxy test runs the service behind it)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message);
        Assert.Skip(message);
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is not null)
            await _nginx.DisposeAsync();
        if (_service is not null)
            await _service.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Only a temp folder left behind.
        }
    }
}
