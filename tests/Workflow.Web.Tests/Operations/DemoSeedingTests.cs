using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Workflow.Web.Tests.Operations;

/// <summary>Demo accounts exist only where asked for, and a host that has them says so at every start.</summary>
public sealed class DemoSeedingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Shipped_settings_turn_demo_seeding_on_in_development_only()
    {
        var settings = Directory.EnumerateFiles(AppContext.BaseDirectory, "appsettings*.json")
            .ToDictionary(f => Path.GetFileName(f), f => new ConfigurationBuilder().AddJsonFile(f).Build()["Demo:SeedUsers"]);

        Assert.Equal("false", settings["appsettings.json"], ignoreCase: true);
        Assert.Equal("true", settings["appsettings.Development.json"], ignoreCase: true);
        Assert.All(settings.Where(s => s.Key is not ("appsettings.json" or "appsettings.Development.json")), s => Assert.NotEqual("true", s.Value?.ToLowerInvariant()));
    }

    [Fact]
    public async Task Production_host_seeds_no_demo_users_when_demo_seeding_is_off()
    {
        await using var app = OperationsApp.Production();
        app.Settings["Demo:SeedUsers"] = "false";

        _ = app.Services;

        Assert.Equal(0, await app.ReadDbAsync(db => db.Users.CountAsync(Ct)));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Contains("demo accounts", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Production", "Critical")]
    [InlineData("Development", "Warning")]
    public async Task Host_logs_that_demo_accounts_exist_at_start_up_when_demo_seeding_is_on(string environment, string level)
    {
        await using var app = environment == "Production" ? OperationsApp.Production() : new OperationsApp();

        _ = app.Services;

        Assert.Contains(app.Logs.Entries, e => e.StartsWith(level + " ", StringComparison.Ordinal) && e.Contains("demo accounts with a known password exist", StringComparison.Ordinal));
    }
}
