using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Browser.Tests.Support;

/// <summary>
/// The real host in Development (demo users seeded) on its own database and attachment folder; <paramref name="settings"/>
/// override the tests' defaults, <paramref name="clock"/> replaces the system clock when given.
/// </summary>
public sealed class AppFactory(string dataDir, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Starts Kestrel on a free port; answers the address to browse, http://127.0.0.1:PORT.</summary>
    public string StartOnFreePort()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return addresses.Addresses.First().Replace("[::]", "127.0.0.1").TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Path", Path.Combine(dataDir, "workflow.db"));
        builder.UseSetting("Storage:AttachmentsPath", Path.Combine(dataDir, "attachments"));
        builder.UseSetting("Demo:SeedUsers", "true");
        // The tours sign as the mayor with a password only; SignersHost sets Signers back (ADR 31).
        builder.UseSetting("SecondFactor:RequiredFor", "None");
        // The browser tests sign in many times a minute, all from 127.0.0.1: beyond the limits meant for people.
        builder.UseSetting("SignIn:PerAddressPermits", "1000000");
        builder.UseSetting("SignIn:GlobalPermits", "1000000");
        // Long enough that a slow browser cannot outlast the back-off it is shown (SignInTests).
        builder.UseSetting("SignIn:FirstDelay", "00:05:00");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
