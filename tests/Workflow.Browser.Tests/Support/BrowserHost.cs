using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflow.Web.Application;
using Workflow.Web.Data;

[assembly: AssemblyFixture(typeof(Workflow.Browser.Tests.Support.BrowserHost))]

namespace Workflow.Browser.Tests.Support;

/// <summary>
/// One real server (Kestrel on a free port, its own SQLite file and attachment folder, demo users) and one
/// headless Debian Chromium, shared by every test; each test opens its own browser contexts.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "Demo-1234!";

    /// <summary>An administrator (the role, no post), with the demo password, for the /admin pages.</summary>
    public const string Administrator = "admin";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"workflow-browser-{Guid.NewGuid():N}");
    private AppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    public string DatabasePath => Path.Combine(_dataDir, "workflow.db");

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public async ValueTask InitializeAsync()
    {
        if (!ChromiumInstalled)
            return;
        Directory.CreateDirectory(_dataDir);
        _factory = new AppFactory(_dataDir);
        BaseUrl = _factory.StartOnFreePort();
        await AddAdministratorAsync();

        _playwright = await Playwright.CreateAsync();
        // Playwright gives every launch a fresh temporary profile (user-data-dir) and removes it on close.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>Skips the test where Chromium is missing on a developer's machine; in CI a missing browser is a failure.</summary>
    public IBrowser Browser
    {
        get
        {
            if (!ChromiumInstalled)
            {
                const string message = "Chromium not installed: apt-get install chromium fonts-thai-tlwg";
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                    Assert.Fail(message);
                Assert.Skip(message);
            }

            return _browser!;
        }
    }

    public T Service<T>() where T : notnull => _factory!.Services.GetRequiredService<T>();

    private async Task AddAdministratorAsync()
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(AppRoles.Administrator))
            await roles.CreateAsync(new IdentityRole(AppRoles.Administrator));
        var admin = new AppUser { UserName = Administrator, DisplayName = "ผู้ดูแลระบบ ทดสอบ" };
        // The demo password, past the password rules, as the demo seed sets it (ADR 9).
        admin.PasswordHash = users.PasswordHasher.HashPassword(admin, Password);
        if (!(await users.CreateAsync(admin)).Succeeded || !(await users.AddToRoleAsync(admin, AppRoles.Administrator)).Succeeded)
            throw new InvalidOperationException("Could not create the test administrator.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
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
