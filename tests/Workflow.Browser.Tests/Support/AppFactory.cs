using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workflow.Browser.Tests.Support;

/// <summary>The real host in Development (demo users seeded) on its own database and attachment folder.</summary>
public sealed class AppFactory(string dataDir) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Path", Path.Combine(dataDir, "workflow.db"));
        builder.UseSetting("Storage:AttachmentsPath", Path.Combine(dataDir, "attachments"));
        builder.UseSetting("Demo:SeedUsers", "true");
        // The tours sign as the mayor with a password only; SecondFactor/ sets Signers back (ADR 31).
        builder.UseSetting("SecondFactor:RequiredFor", "None");
        // The browser tests sign in many times a minute, all from 127.0.0.1: beyond the limits meant for people.
        builder.UseSetting("SignIn:PerAddressPermits", "1000000");
        builder.UseSetting("SignIn:GlobalPermits", "1000000");
        // Long enough that a slow browser cannot outlast the back-off it is shown (SignInTests).
        builder.UseSetting("SignIn:FirstDelay", "00:05:00");
    }
}
