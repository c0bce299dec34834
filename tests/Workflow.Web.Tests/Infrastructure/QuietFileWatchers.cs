using System.Runtime.CompilerServices;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// Test hosts do not watch their appsettings files: each watcher is an inotify instance, Linux allows 128 per user by
/// default, and the test processes together keep many more hosts alive than that at once (the PostgreSQL twins of the
/// classes doubled them; seen as IOException "user limit (128) on the number of inotify instances"). A service
/// process has one host and keeps reloading as configured. Child service processes inherit the setting.
/// </summary>
public static class QuietFileWatchers
{
    [ModuleInitializer]
    public static void Apply() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
