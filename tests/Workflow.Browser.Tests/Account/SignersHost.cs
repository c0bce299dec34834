using OtpNet;
using Workflow.Browser.Tests.Support;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Browser.Tests.Account;

/// <summary>
/// A second server with the product's default (signers must have a second factor), its own database (so its mayor
/// has none yet, whatever the shared host's tests did) and a clock the tests move on by whole TOTP steps.
/// </summary>
public sealed class SignersHost : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"workflow-signers-{Guid.NewGuid():N}");
    private AppFactory? _factory;

    public TestClock Clock { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public ValueTask InitializeAsync()
    {
        if (!BrowserHost.ChromiumInstalled)
            return ValueTask.CompletedTask;
        Directory.CreateDirectory(_dataDir);
        _factory = new AppFactory(_dataDir, new Dictionary<string, string> { ["SecondFactor:RequiredFor"] = "Signers" }, Clock);
        BaseUrl = _factory.StartOnFreePort();
        return ValueTask.CompletedTask;
    }

    /// <summary>The code an authenticator app with this secret shows now, on the server's clock.</summary>
    public string CodeNow(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Moves the clock on (a minute is two TOTP steps), so that the next code is a new one.</summary>
    public void Advance(TimeSpan by) => Clock.Set(Clock.GetUtcNow() + by);

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL file for a moment; the folder is in /tmp.
        }
    }
}
